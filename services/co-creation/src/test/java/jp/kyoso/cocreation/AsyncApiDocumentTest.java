package jp.kyoso.cocreation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import jp.kyoso.testsupport.architecture.AsyncApiDocument;
import org.junit.jupiter.api.Test;

/** META-INF/asyncapi/co-creation.yaml says what the service publishes and consumes, as the event catalogue has it. */
class AsyncApiDocumentTest {

    @Test
    void theAsyncApiDocumentAgreesWithTheCatalogueAndTheHandlers() {
        assertEquals(List.of(), AsyncApiDocument.of("jp.kyoso.cocreation", "co-creation").violations());
    }
}
