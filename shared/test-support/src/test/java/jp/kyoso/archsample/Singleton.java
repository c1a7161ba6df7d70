package jp.kyoso.archsample;

import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;

/** Stands in for jakarta.inject.Singleton: the feature rules know edge annotations by their simple name. */
@Retention(RetentionPolicy.RUNTIME)
public @interface Singleton {
}
