package org.cscript.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A picture of {@code cscript draw} rendered by headless Chromium, to be sure a browser draws it:
 * the screenshot must hold the picture's content (pixels neither white nor the background) and
 * the fill of the container's task boxes. Skipped where /usr/bin/chromium is absent, except under
 * {@code CI=true}, where .ci/run installs it and its absence is a failure.
 */
class DrawChromiumTest {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final int BACKGROUND = 0xfafafa;
    /** Palette.fill(1): the first container after the init container. */
    private static final int CONTAINER_FILL = 0xcfe2ff;

    @TempDir
    Path dir;

    @Test
    void chromiumDrawsThePicture() throws Exception {
        if (!Files.isExecutable(CHROMIUM)) {
            if ("true".equals(System.getenv("CI"))) {
                fail(CHROMIUM + " is missing under CI=true: .ci/run installs the chromium package");
            }
            assumeTrue(false, CHROMIUM + " is not installed (Debian: apt-get install chromium): picture not rendered");
        }
        Path script = dir.resolve("web.cscript");
        Files.writeString(script, """
                let cfd = container_create("web", CONTAINER_NEW_PID_NS | CONTAINER_NEW_NET_NS)
                let init = fork_into(cfd)
                set_contid(init, 42)
                net_packet(init, "10.0.0.1", "10.0.0.2", 6)
                """);
        Path svg = dir.resolve("web.svg");
        CliRun run = CliRun.of("draw", script.toString(), "--svg", svg.toString());
        assertEquals(ExitCode.OK, run.exit(), run.err());
        Path png = dir.resolve("web.png");
        Process chromium = new ProcessBuilder(List.of(CHROMIUM.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--user-data-dir=" + dir.resolve("profile"), "--screenshot=" + png,
                "--window-size=1200,900", svg.toUri().toString()))
                .redirectErrorStream(true).redirectOutput(dir.resolve("chromium.log").toFile()).start();
        if (!chromium.waitFor(120, TimeUnit.SECONDS)) {
            chromium.destroyForcibly();
            fail("chromium did not finish in 120 s: " + log());
        }
        assertTrue(Files.isRegularFile(png), "no screenshot; chromium said: " + log());
        BufferedImage image = ImageIO.read(png.toFile());
        assertEquals(1200, image.getWidth());
        long drawn = 0;
        long containerFill = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y) & 0xffffff;
                if (rgb != 0xffffff && rgb != BACKGROUND) {
                    drawn++;
                }
                if (rgb == CONTAINER_FILL) {
                    containerFill++;
                }
            }
        }
        assertTrue(drawn > 5_000, "only " + drawn + " pixels drawn");
        assertTrue(containerFill > 1_000, "the container's boxes are missing: " + containerFill + " pixels of its fill");
    }

    private String log() throws IOException {
        Path log = dir.resolve("chromium.log");
        return Files.exists(log) ? Files.readString(log) : "";
    }
}
