package org.cscript.lcov;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.function.Function;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.jacoco.core.analysis.Analyzer;
import org.jacoco.core.analysis.CoverageBuilder;
import org.jacoco.core.analysis.IClassCoverage;
import org.jacoco.core.analysis.ICounter;
import org.jacoco.core.analysis.ILine;
import org.jacoco.core.analysis.IMethodCoverage;
import org.jacoco.core.analysis.ISourceFileCoverage;
import org.jacoco.core.tools.ExecFileLoader;

/**
 * JaCoCo's execution data (a dump of its agent) as LCOV over Java sources: the classes of the
 * given packages are read from the jar or folder they were loaded from (the same bytes, so that
 * JaCoCo matches them to the data), analysed, and each source file's lines written as
 * {@code DA:line,1} (some code of the line ran) or {@code DA:line,0}, its branches as {@code BRDA}
 * and its methods as functions ({@code Class.method}). JaCoCo records whether code ran, not how
 * often: a count is 0 or 1. JaCoCo has no LCOV writer of its own; this is it.
 */
public final class JacocoLines {
    private JacocoLines() {
    }

    /**
     * @param executionData the agent's dump (the bytes of a {@code jacoco.exec})
     * @param classes the jar or class folder holding the classes
     * @param packages the packages to report, as folders ("org/cscript/kernel/"); their subpackages too
     * @param sourcePath the path an LCOV {@code SF:} gives for a source file ("org/cscript/kernel/Kernel.java")
     */
    public static LcovReport report(byte[] executionData, Path classes, List<String> packages,
            Function<String, String> sourcePath) throws IOException {
        ExecFileLoader loader = new ExecFileLoader();
        loader.load(new ByteArrayInputStream(executionData));
        CoverageBuilder builder = new CoverageBuilder();
        Analyzer analyzer = new Analyzer(loader.getExecutionDataStore(), builder);
        for (ClassFile file : classFiles(classes, packages)) {
            try (InputStream in = file.open()) {
                analyzer.analyzeClass(in, file.name());
            }
        }
        LcovReport report = new LcovReport("kernel_model");
        for (ISourceFileCoverage source : builder.getSourceFiles()) {
            String path = sourcePath.apply(source.getPackageName() + "/" + source.getName());
            for (int n = source.getFirstLine(); n <= source.getLastLine() && n > 0; n++) {
                ILine line = source.getLine(n);
                if (line.getStatus() == ICounter.EMPTY) {
                    continue;
                }
                report.line(path, n, line.getStatus() == ICounter.NOT_COVERED ? 0 : 1);
                ICounter branches = line.getBranchCounter();
                if (branches.getTotalCount() > 0) {
                    report.branches(path, n, branches.getTotalCount(), branches.getCoveredCount());
                }
            }
        }
        for (IClassCoverage type : builder.getClasses()) {
            if (type.getSourceFileName() == null) {
                continue;
            }
            String path = sourcePath.apply(type.getPackageName() + "/" + type.getSourceFileName());
            String simple = type.getName().substring(type.getName().lastIndexOf('/') + 1);
            for (IMethodCoverage method : type.getMethods()) {
                if (method.getFirstLine() > 0) {
                    report.function(path, simple + "." + method.getName(), method.getFirstLine(),
                            method.getMethodCounter().getCoveredCount() > 0 ? 1 : 0);
                }
            }
        }
        return report;
    }

    private interface ClassFile {
        String name();

        InputStream open() throws IOException;
    }

    private static List<ClassFile> classFiles(Path classes, List<String> packages) throws IOException {
        List<ClassFile> found = new ArrayList<>();
        if (Files.isDirectory(classes)) {
            for (String pkg : packages) {
                Path folder = classes.resolve(pkg);
                if (!Files.isDirectory(folder)) {
                    continue;
                }
                try (Stream<Path> walk = Files.walk(folder)) {
                    walk.filter(p -> p.toString().endsWith(".class")).sorted().forEach(p -> found.add(new ClassFile() {
                        @Override
                        public String name() {
                            return classes.relativize(p).toString();
                        }

                        @Override
                        public InputStream open() throws IOException {
                            return Files.newInputStream(p);
                        }
                    }));
                }
            }
            return found;
        }
        try (JarFile jar = new JarFile(classes.toFile())) {
            Enumeration<JarEntry> entries = jar.entries();
            while (entries.hasMoreElements()) {
                JarEntry entry = entries.nextElement();
                if (entry.getName().endsWith(".class") && packages.stream().anyMatch(entry.getName()::startsWith)) {
                    byte[] bytes;
                    try (InputStream in = jar.getInputStream(entry)) {
                        bytes = in.readAllBytes();
                    }
                    String name = entry.getName();
                    found.add(new ClassFile() {
                        @Override
                        public String name() {
                            return name;
                        }

                        @Override
                        public InputStream open() {
                            return new ByteArrayInputStream(bytes);
                        }
                    });
                }
            }
        }
        return found;
    }
}
