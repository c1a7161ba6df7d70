package jp.kyoso.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PortalLinksTest {

    @Test
    void linksAScreenUnderThePublicBaseWithEncodedValues() {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("invitation", "1b4e28ba-2fa1-11d2-883f-0016d3cca427");
        query.put("code", "AB+C/D=");
        assertEquals("https://kyoso.city.example.jp/#/account/join?invitation=1b4e28ba-2fa1-11d2-883f-0016d3cca427"
                        + "&code=AB%2BC%2FD%3D",
                new PortalLinks("https://kyoso.city.example.jp/").screen("/account/join", query));
    }

    @Test
    void withoutAConfiguredBaseLinksTheLocalPortal() {
        assertEquals("http://localhost:8080/#/settings/mail", new PortalLinks("").screen("settings/mail"));
    }
}
