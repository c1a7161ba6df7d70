package jp.kyoso.citylab;

import io.micronaut.runtime.Micronaut;
import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.info.Info;

@OpenAPIDefinition(info = @Info(title = "kyoso city-lab", version = "1", description = "City Lab (シティラボ): challenges, proposals, field experiments, collaboration projects"))
public class Application {

    public static void main(String[] args) {
        Micronaut.run(Application.class, args);
    }
}
