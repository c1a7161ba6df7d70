package jp.kyoso.events;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Names an event record's CloudEvents type ({@code jp.kyoso.<context>.<aggregate>.<event>.v1}) and its topic. */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface EventType {

    String value();

    String topic();
}
