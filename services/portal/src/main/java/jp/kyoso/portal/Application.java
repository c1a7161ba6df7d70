package jp.kyoso.portal;

import io.micronaut.runtime.Micronaut;
import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.info.Info;

@OpenAPIDefinition(info = @Info(title = "kyoso portal", version = "1", description = "the web front end and the one origin for every API"))
public class Application {

    public static void main(String[] args) {
        Micronaut.run(Application.class, args);
    }
}
