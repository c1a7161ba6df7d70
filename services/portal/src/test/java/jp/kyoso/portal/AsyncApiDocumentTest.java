package jp.kyoso.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import jp.kyoso.events.EventCatalog;
import jp.kyoso.events.EventDescriptor;
import jp.kyoso.testsupport.architecture.AsyncApiDocument;
import org.junit.jupiter.api.Test;

/** META-INF/asyncapi/portal.yaml says what the service publishes and consumes, as the event catalogue has it. */
class AsyncApiDocumentTest {

    /** The audit trail registers a handler for every catalogued type at start-up ({@code AuditEventHandlers}). */
    @Test
    void theAsyncApiDocumentAgreesWithTheCatalogueAndTheHandlers() {
        assertEquals(List.of(), AsyncApiDocument.of("jp.kyoso.portal", "portal")
                .consumingAlso(EventCatalog.all().stream().map(EventDescriptor::type).toList())
                .violations());
    }
}
