package jp.kyoso.testsupport.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Set;
import jp.kyoso.events.DomainEvent;
import jp.kyoso.events.EventEnvelope;
import jp.kyoso.events.cocreation.OrganisationApproved;
import jp.kyoso.events.cocreation.SeedPublished;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

class AsyncApiDocumentTest {

    private static final String APPROVED = "jp.kyoso.cocreation.organisation.approved.v1";
    private static final String REJECTED = "jp.kyoso.cocreation.organisation.rejected.v1";
    private static final String SEED = "jp.kyoso.cocreation.seed.published.v1";
    private static final String SCHEMAS = "https://kyoso.jp/schemas/";
    /** Both documents start with the organisation topic's channel; its messages follow. */
    private static final String ORGANISATION_CHANNEL = """
            asyncapi: 3.0.0
            channels:
              organisationEvents:
                address: cocreation.organisation.events
                messages:
            """;

    @Test
    void aDocumentSayingWhatTheCatalogueAndTheHandlersSayPasses() {
        Map<String, Object> document = yaml(ORGANISATION_CHANNEL + """
                      approved: {name: %1$s, payload: {$ref: "%4$s%1$s.json"}}
                      rejected: {name: %2$s, payload: {$ref: "%4$s%2$s.json"}}
                  seedEvents:
                    address: cocreation.seed.events
                    messages:
                      seedPublished: {name: %3$s, payload: {$ref: "%4$s%3$s.json"}}
                operations:
                  publishOrganisationEvents: {action: send, channel: {$ref: "#/channels/organisationEvents"}}
                  receiveApprovals:
                    action: receive
                    channel: {$ref: "#/channels/organisationEvents"}
                    messages: [{$ref: "#/channels/organisationEvents/messages/approved"}]
                  receiveSeeds: {action: receive, channel: {$ref: "#/channels/seedEvents"}}
                """.formatted(APPROVED, REJECTED, SEED, SCHEMAS));

        assertEquals(List.of(), AsyncApiDocument.violations(document, Set.of(APPROVED, REJECTED),
                Set.of(APPROVED, SEED)));
    }

    @Test
    void reportsUnknownChannelsAndMessagesWrongTopicsOtherPayloadsAndMissingEvents() {
        Map<String, Object> document = yaml(ORGANISATION_CHANNEL + """
                      approved: {name: %1$s, payload: {type: object}}
                      seed: {name: %3$s, payload: {$ref: "%4$s%3$s.json"}}
                      renamed: {name: jp.kyoso.cocreation.organisation.renamed.v1, payload: {type: object}}
                  ghosts:
                    address: cocreation.ghost.events
                    messages: {}
                operations:
                  publishOrganisationEvents: {action: send, channel: {$ref: "#/channels/organisationEvents"}}
                  receiveGhosts: {action: receive, channel: {$ref: "#/channels/ghosts"}}
                """.formatted(APPROVED, REJECTED, SEED, SCHEMAS));

        assertEquals(List.of(
                "a send operation carries jp.kyoso.cocreation.organisation.renamed.v1, which the service does not"
                        + " publish",
                "a send operation carries " + SEED + ", which the service does not publish",
                "channels.ghosts: address cocreation.ghost.events is no topic of the EventCatalog",
                "channels.organisationEvents.messages.approved: the payload is not the event's schema; write"
                        + " {$ref: \"" + SCHEMAS + APPROVED + ".json\"}",
                "channels.organisationEvents.messages.renamed: jp.kyoso.cocreation.organisation.renamed.v1 is no"
                        + " event type of the EventCatalog",
                "channels.organisationEvents.messages.seed: " + SEED + " travels on cocreation.seed.events, not"
                        + " cocreation.organisation.events",
                "the service handles " + SEED + " but no receive operation carries it",
                "the service publishes " + REJECTED + " but no send operation carries it"),
                AsyncApiDocument.violations(document, Set.of(APPROVED, REJECTED), Set.of(SEED)));
    }

    @Test
    void findsTheEventsHandlerClassesAndFactoryMethodsTake() {
        assertEquals(Set.of(APPROVED, SEED), AsyncApiDocument.consumed(
                List.of(ApprovedHandler.class, SeedHandlers.class), Handler.class.getName()));
    }

    @Test
    void theServicesContextNamesWhatItPublishes() {
        Set<String> published = AsyncApiDocument.published("jp.kyoso.portal");
        assertEquals(Set.of(), Set.copyOf(published.stream().filter(type -> !type.startsWith("jp.kyoso.portal."))
                .toList()));
        assertEquals(true, published.contains("jp.kyoso.portal.account.created.v1"));
    }

    /** Stands in for the messaging module's EventHandler, which this module does not depend on. */
    interface Handler<E extends DomainEvent> {
        void handle(E event, EventEnvelope envelope);
    }

    static class ApprovedHandler implements Handler<OrganisationApproved> {
        @Override
        public void handle(OrganisationApproved event, EventEnvelope envelope) {
        }
    }

    static class SeedHandlers {
        Handler<SeedPublished> seedPublished() {
            return (event, envelope) -> { };
        }

        <E extends DomainEvent> Handler<E> generic() {
            return (event, envelope) -> { };
        }
    }

    private static Map<String, Object> yaml(String text) {
        return new Yaml(new SafeConstructor(new LoaderOptions())).load(text);
    }
}
