package jp.kyoso.cocreation;

import io.micronaut.runtime.Micronaut;
import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.info.Info;

@OpenAPIDefinition(info = @Info(title = "kyoso co-creation", version = "1", description = "co-creation platform (共創推進プラットフォーム): member organisations, working groups, meetings, issue board, seeds"))
public class Application {

    public static void main(String[] args) {
        Micronaut.run(Application.class, args);
    }
}
