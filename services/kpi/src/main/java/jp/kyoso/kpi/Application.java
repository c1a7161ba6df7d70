package jp.kyoso.kpi;

import io.micronaut.runtime.Micronaut;
import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.info.Info;

@OpenAPIDefinition(info = @Info(title = "kyoso kpi", version = "1", description = "KPI projection: partnership KPIs from events, plan KPIs, evaluation sheets"))
public class Application {

    public static void main(String[] args) {
        Micronaut.run(Application.class, args);
    }
}
