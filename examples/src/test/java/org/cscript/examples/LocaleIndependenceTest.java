package org.cscript.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TimeZone;
import org.cscript.golden.Corpus;
import org.cscript.golden.GoldenRun;
import org.cscript.golden.GoldenEngine;
import org.cscript.golden.KnownFailures;
import org.cscript.golden.ScenarioOutcome;
import org.cscript.golden.SuiteOptions;
import org.cscript.golden.Verdict;
import org.cscript.host.RunOptions;
import org.junit.jupiter.api.Test;

/**
 * Every example prints its golden trace byte for byte whatever the JVM's default locale and
 * time zone: locales with other digits (Arabic, Thai, Persian), other case rules (Turkish
 * dotless i) and separators (German), and zones far from UTC. The interpreter reads the
 * defaults when it formats, so setting them in-process around the runs is enough.
 */
class LocaleIndependenceTest {
    private record Setting(String languageTag, String zone) {
    }

    private static final List<Setting> SETTINGS = List.of(
            new Setting("ar-SA", "Pacific/Kiritimati"),
            new Setting("th-TH-u-nu-thai", "America/St_Johns"),
            new Setting("fa-IR", "Pacific/Kiritimati"),
            new Setting("tr-TR", "America/St_Johns"),
            new Setting("de-DE", "Pacific/Kiritimati"));

    @Test
    void everyExamplePrintsItsGoldenUnderEveryLocaleAndTimeZone() throws IOException {
        List<Path> scripts = Corpus.of(List.of(Path.of("").toAbsolutePath())).scripts();
        Locale locale = Locale.getDefault();
        TimeZone zone = TimeZone.getDefault();
        List<String> failures = new ArrayList<>();
        try {
            for (Setting s : SETTINGS) {
                Locale.setDefault(Locale.forLanguageTag(s.languageTag()));
                TimeZone.setDefault(TimeZone.getTimeZone(s.zone()));
                for (ScenarioOutcome o : run(scripts)) {
                    if (o.verdict() != Verdict.PASS && o.verdict() != Verdict.XFAIL && o.verdict() != Verdict.SKIP) {
                        failures.add(s.languageTag() + " " + s.zone() + ": " + o.verdict() + " " + o.script());
                    }
                }
            }
        } finally {
            Locale.setDefault(locale);
            TimeZone.setDefault(zone);
        }
        assertEquals(List.of(), failures);
    }

    private static List<ScenarioOutcome> run(List<Path> scripts) throws IOException {
        SuiteOptions options = new SuiteOptions(4, null, Set.of(), null, null, null, KnownFailures.NONE,
                GoldenEngine.Update.NO, false);
        GoldenRun run = new GoldenRun(RunOptions.defaults(System.err), options);
        return run.run(run.select(scripts), List.of(), o -> { }).outcomes();
    }
}
