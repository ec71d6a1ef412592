package org.cscript.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * {@code cscript draw} (docs/draw.md): the pictures parsed back as XML (task nodes with their pid
 * and comm, container boxes, namespace cells, lanes and one mark per record), snapshots, the bytes
 * the same on every run, {@code snapshot()} invisible to {@code run}, and the error cases.
 */
class DrawCommandTest {
    private static final String SCENARIO = """
            let cfd = container_create("web", CONTAINER_NEW_PID_NS | CONTAINER_NEW_NET_NS)
            let init = fork_into(cfd)
            snapshot("web started")
            set_contid(init, 42)
            auditctl("-a always,exit -F contid=42 -k web")
            as init { exec("/sbin/init") }
            let c = nil
            as init { c = fork() }
            snapshot()
            net_packet(init, "10.0.0.1", "10.0.0.2", 6)
            """;

    @TempDir
    Path dir;

    private Path scenario(String text) throws IOException {
        Path file = dir.resolve("web.cscript");
        Files.writeString(file, text);
        return file;
    }

    private static Document parse(Path svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document doc = factory.newDocumentBuilder().parse(svg.toFile());
        assertEquals("svg", doc.getDocumentElement().getLocalName());
        assertEquals("http://www.w3.org/2000/svg", doc.getDocumentElement().getNamespaceURI());
        return doc;
    }

    /** The elements whose class attribute is exactly {@code cls}, in document order. */
    private static List<Element> ofClass(Document doc, String cls) {
        List<Element> found = new ArrayList<>();
        NodeList all = doc.getElementsByTagNameNS("*", "*");
        for (int i = 0; i < all.getLength(); i++) {
            Element e = (Element) all.item(i);
            if (e.getAttribute("class").equals(cls)) {
                found.add(e);
            }
        }
        return found;
    }

    private static List<String> traceOf(Path script) {
        CliRun run = CliRun.of("run", script.toString());
        assertEquals(ExitCode.OK, run.exit(), run.err());
        return run.out().lines().toList();
    }

    @Test
    void theEndPictureShowsEveryTaskContainerNamespaceAndRecord() throws Exception {
        Path script = scenario(SCENARIO);
        Path out = dir.resolve("web.svg");
        CliRun run = CliRun.of("draw", script.toString(), "--svg", out.toString());
        assertEquals(ExitCode.OK, run.exit(), run.err());
        assertEquals(dir.resolve("web-1.svg") + "\n" + dir.resolve("web-2.svg") + "\n" + out + "\n", run.out());
        Document doc = parse(out);
        List<Element> tasks = ofClass(doc, "task");
        Map<String, String> pidToComm = new TreeMap<>();
        for (Element t : tasks) {
            pidToComm.put(t.getAttribute("data-pid"), t.getAttribute("data-comm"));
            String text = t.getTextContent();
            assertTrue(text.contains("pid " + t.getAttribute("data-pid") + "  " + t.getAttribute("data-comm")), text);
        }
        assertEquals(Map.of("1", "init", "100", "runc", "101", "init", "102", "init"), pidToComm);
        Element init = tasks.get(2);
        assertEquals("1", init.getAttribute("data-ctr"));
        assertEquals("42", init.getAttribute("data-contid"));
        assertTrue(init.getTextContent().contains("ctr 1 \"web\"  contid 42"), init.getTextContent());
        assertEquals("unset", tasks.get(1).getAttribute("data-contid"));

        List<Element> containers = ofClass(doc, "container");
        assertEquals(List.of(".init", "web"), containers.stream().map(c -> c.getAttribute("data-name")).toList());
        assertTrue(containers.get(1).getTextContent().contains("members 101 102"), containers.get(1).getTextContent());

        // the container's pid and net namespaces are shared by 101 and 102 only, and look so
        List<Element> cells = ofClass(doc, "ns");
        assertEquals(4 * 7, cells.size());
        Map<String, String> netFill = new TreeMap<>();
        Map<String, String> netInum = new TreeMap<>();
        for (Element cell : cells) {
            if (cell.getAttribute("data-kind").equals("net")) {
                String pid = ((Element) cell.getParentNode()).getAttribute("data-pid");
                netFill.put(pid, ((Element) cell.getElementsByTagNameNS("*", "rect").item(0)).getAttribute("fill"));
                netInum.put(pid, cell.getAttribute("data-inum"));
            }
        }
        assertEquals(Map.of("1", "4026531992", "100", "4026531992", "101", "4026532001", "102", "4026532001"), netInum);
        assertEquals(netFill.get("101"), netFill.get("102"));
        assertEquals(netFill.get("1"), netFill.get("100"));
        assertFalse(netFill.get("1").equals(netFill.get("101")), netFill.toString());

        List<String> trace = traceOf(script);
        List<Element> marks = ofClass(doc, "mark");
        assertEquals(trace.size(), marks.size());
        for (int i = 0; i < trace.size(); i++) {
            String title = marks.get(i).getElementsByTagNameNS("*", "title").item(0).getTextContent();
            assertTrue(title.endsWith(": " + trace.get(i)), title);
        }
        assertEquals(List.of("100", "101", "none"), marks.stream().map(m -> m.getAttribute("data-lane")).distinct()
                .toList());
        assertEquals("NETFILTER_PKT", marks.get(marks.size() - 2).getAttribute("data-type"));
        assertEquals("none", marks.get(marks.size() - 2).getAttribute("data-lane"));
        assertEquals("CONTAINER", marks.get(6).getAttribute("data-type"));
        List<String> lanes = ofClass(doc, "lane").stream().map(l -> l.getAttribute("data-pid")).toList();
        assertEquals(List.of("1", "100", "101", "102", "none"), lanes);
        assertEquals(2, ofClass(doc, "snapshot-marker").size());
    }

    @Test
    void eachSnapshotIsAPictureOfTheStateAndTheRecordsBeforeIt() throws Exception {
        Path script = scenario(SCENARIO);
        Path out = dir.resolve("web.svg");
        assertEquals(ExitCode.OK, CliRun.of("draw", script.toString(), "--svg", out.toString()).exit());
        Document first = parse(dir.resolve("web-1.svg"));
        assertEquals(List.of("1", "100", "101"), ofClass(first, "task").stream().map(t -> t.getAttribute("data-pid"))
                .toList());
        assertEquals("unset", ofClass(first, "task").get(2).getAttribute("data-contid"));
        assertEquals(6, ofClass(first, "mark").size());   // container_create's 4 records, fork_into's 2
        assertTrue(first.getDocumentElement().getTextContent().contains("snapshot 1: web started"));
        Document second = parse(dir.resolve("web-2.svg"));
        assertEquals(4, ofClass(second, "task").size());
        assertEquals(traceOf(script).size() - 2, ofClass(second, "mark").size());
        assertTrue(second.getDocumentElement().getTextContent().contains("snapshot 2 ("));
        assertFalse(Files.exists(dir.resolve("web-3.svg")));
    }

    @Test
    void theSameScenarioGivesTheSameBytes() throws IOException {
        Path script = scenario(SCENARIO);
        Path a = dir.resolve("a.svg");
        Path b = dir.resolve("b.svg");
        assertEquals(ExitCode.OK, CliRun.of("draw", script.toString(), "--svg", a.toString()).exit());
        assertEquals(ExitCode.OK, CliRun.of("draw", script.toString(), "--svg", b.toString()).exit());
        assertArrayEquals(Files.readAllBytes(a), Files.readAllBytes(b));
        assertArrayEquals(Files.readAllBytes(dir.resolve("a-1.svg")), Files.readAllBytes(dir.resolve("b-1.svg")));
    }

    @Test
    void snapshotChangesNothingUnderRun() throws IOException {
        Path with = scenario(SCENARIO);
        CliRun withRun = CliRun.of("run", with.toString());
        Path without = dir.resolve("without.cscript");
        Files.writeString(without, SCENARIO.replace("snapshot(\"web started\")\n", "").replace("snapshot()\n", ""));
        CliRun withoutRun = CliRun.of("run", without.toString());
        assertEquals(ExitCode.OK, withRun.exit(), withRun.err());
        assertEquals(withoutRun.out(), withRun.out());
        assertEquals("", withRun.err());
        assertEquals(ExitCode.OK, CliRun.of("check", with.toString()).exit());
    }

    @Test
    void aSnapshotBeforeTheBootDrawsAnUnbootedKernelAndBootsNothing() throws Exception {
        Path script = scenario("snapshot(\"before\")\nlet t = fork()\n");
        Path out = dir.resolve("boot.svg");
        CliRun run = CliRun.of("draw", script.toString(), "--svg", out.toString());
        assertEquals(ExitCode.OK, run.exit(), run.err());
        Document first = parse(dir.resolve("boot-1.svg"));
        assertEquals(0, ofClass(first, "task").size());
        assertTrue(first.getDocumentElement().getTextContent().contains("has not booted"));
        assertEquals(List.of("1", "100", "101"), ofClass(parse(out), "task").stream()
                .map(t -> t.getAttribute("data-pid")).toList());
        assertTrue(parse(out).getDocumentElement().getTextContent().contains("no audit records yet"));
    }

    @Test
    void namesThatXmlMustEscapeAreKeptAsText() throws Exception {
        Path script = scenario("let t = fork()\nas t { exec(\"/bin/<a&b>\\\"'\\x\") }\n".replace("\\x", "\\t"));
        Path out = dir.resolve("names.svg");
        CliRun run = CliRun.of("draw", script.toString(), "--svg", out.toString());
        assertEquals(ExitCode.OK, run.exit(), run.err());
        Element task = ofClass(parse(out), "task").get(2);
        assertEquals("<a&b>\"'\\x09", task.getAttribute("data-comm"));
        assertTrue(task.getTextContent().contains("<a&b>\"'\\x09"), task.getTextContent());
    }

    @Test
    void aFailingScenarioIsDrawnUpToTheFailureAndFailsTheCommand() throws Exception {
        Path script = scenario("let t = fork()\nsnapshot(\"forked\")\nset_contid(t, 5)\nassert t.contid == 6\nfork()\n");
        Path out = dir.resolve("fail.svg");
        CliRun run = CliRun.of("draw", script.toString(), "--svg", out.toString());
        assertEquals(ExitCode.SCENARIO_FAILED, run.exit());
        assertTrue(run.err().contains("web.cscript:4:1: error: assertion failed"), run.err());
        Document end = parse(out);
        assertTrue(end.getDocumentElement().getTextContent().contains("where the scenario failed"));
        assertEquals("5", ofClass(end, "task").get(2).getAttribute("data-contid"));
        assertEquals(3, ofClass(end, "task").size());   // the fork after the assertion never ran
        assertTrue(Files.exists(dir.resolve("fail-1.svg")));
    }

    @Test
    void aScenarioThatDoesNotParseDrawsNothing() throws IOException {
        Path script = scenario("let = 3\n");
        Path out = dir.resolve("bad.svg");
        CliRun run = CliRun.of("draw", script.toString(), "--svg", out.toString());
        assertEquals(ExitCode.INVALID, run.exit());
        assertTrue(run.err().contains("web.cscript:1:"), run.err());
        assertEquals("", run.out());
        assertFalse(Files.exists(out));
    }

    /** docs/draw-example.svg is the tool's picture of examples/quick_tour.cscript ({@code -Dcscript.update-goldens=true}). */
    @Test
    void theDocumentedExamplePictureIsWhatTheToolDraws() throws IOException {
        Path out = dir.resolve("draw-example.svg");
        CliRun run = CliRun.of("draw", "../examples/quick_tour.cscript", "--svg", out.toString());
        assertEquals(ExitCode.OK, run.exit(), run.err());
        Path golden = Path.of("../docs/draw-example.svg");
        if (Boolean.getBoolean("cscript.update-goldens")) {
            Files.copy(out, golden, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        assertEquals(Files.readString(golden), Files.readString(out), golden + " is out of date (run with "
                + "-Dcscript.update-goldens=true)");
    }

    @Test
    void usageErrors() throws IOException {
        Path script = scenario(SCENARIO);
        CliRun missing = CliRun.of("draw", script.toString());
        assertEquals(ExitCode.INVALID, missing.exit());
        assertTrue(missing.err().contains("--svg"), missing.err());
        assertFalse(missing.err().contains("Exception"), missing.err());

        CliRun noFolder = CliRun.of("draw", script.toString(), "--svg", dir.resolve("no/such/x.svg").toString());
        assertEquals(ExitCode.INVALID, noFolder.exit());
        assertTrue(noFolder.err().startsWith("cscript draw: cannot write " + dir.resolve("no/such/x.svg")
                + ": no such folder"), noFolder.err());

        CliRun folder = CliRun.of("draw", script.toString(), "--svg", dir.toString());
        assertEquals(ExitCode.INVALID, folder.exit());
        assertTrue(folder.err().contains("it is a folder"), folder.err());

        CliRun noScript = CliRun.of("draw", dir.resolve("none.cscript").toString(), "--svg", dir.resolve("x.svg")
                .toString());
        assertEquals(ExitCode.INVALID, noScript.exit());
        assertTrue(noScript.err().contains("cannot read"), noScript.err());
        assertFalse(Files.exists(dir.resolve("x.svg")));
    }
}
