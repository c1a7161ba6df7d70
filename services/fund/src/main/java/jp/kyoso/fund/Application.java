package jp.kyoso.fund;

import io.micronaut.runtime.Micronaut;
import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.info.Info;

@OpenAPIDefinition(info = @Info(title = "kyoso fund", version = "1", description = "well-being & SDGs fund (ウェルビーイング・SDGs推進ファンド)"))
public class Application {

    public static void main(String[] args) {
        Micronaut.run(Application.class, args);
    }
}
