package jp.kyoso.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import jp.kyoso.testsupport.SampleFiles;

/** The journeys' use of the portal's attachments panel, and the status another caller gets for a file. */
final class JourneyFiles {

    private JourneyFiles() {
    }

    /**
     * Uploads {@code name}.pdf, a small real PDF, through the panel {@code #panel} (its upload form already shown)
     * and waits until the panel lists it under that name.
     */
    static void uploadPdf(PortalBrowser browser, String panel, String name) {
        browser.await("#" + panel + "-form-file").sendKeys(pdf(name).toString());
        browser.click("#" + panel + "-upload");
        browser.awaitTextContaining("#" + panel + "-table", name + ".pdf");
    }

    /** The status of a GET the signed-in user's page makes with its own token, as the attachments panel does. */
    static Object statusOf(PortalBrowser browser, String path) {
        return browser.script("const request = new XMLHttpRequest(); request.open('GET', arguments[0], false);"
                + "request.setRequestHeader('Authorization', 'Bearer ' + sessionStorage.getItem('kyoso.token'));"
                + "request.send(); return request.status;", path);
    }

    private static Path pdf(String name) {
        try {
            Path folder = Files.createTempDirectory("kyoso-journey-");
            return Files.write(folder.resolve(name + ".pdf"), SampleFiles.pdf());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
