package jp.kyoso.declarations;

import io.micronaut.runtime.Micronaut;
import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.info.Info;

@OpenAPIDefinition(info = @Info(title = "kyoso declarations", version = "1", description = "SDGs declaration registry (SDGs宣言制度)"))
public class Application {

    public static void main(String[] args) {
        Micronaut.run(Application.class, args);
    }
}
