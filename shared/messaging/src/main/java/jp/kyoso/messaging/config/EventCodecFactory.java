package jp.kyoso.messaging.config;

import io.micronaut.context.annotation.Factory;
import io.micronaut.serde.ObjectMapper;
import jakarta.inject.Singleton;
import jp.kyoso.events.EventCodec;
import jp.kyoso.events.EventSchemas;

/** Makes the event codec and schema checker of {@code kyoso-events} injectable. */
@Factory
public class EventCodecFactory {

    @Singleton
    EventCodec eventCodec(ObjectMapper objectMapper) {
        return new EventCodec(objectMapper);
    }

    @Singleton
    EventSchemas eventSchemas() {
        return new EventSchemas();
    }
}
