package jp.kyoso.portal.sso;

import io.micronaut.context.annotation.ConfigurationProperties;
import java.time.Duration;

/**
 * How single sign-on reads the identity provider's ID token ({@code kyoso.sso.*}, i.e. {@code KYOSO_SSO_*}). The
 * client itself (issuer, client id and secret) is Micronaut's {@code micronaut.security.oauth2.clients.oidc}, which
 * application.yml fills from the same {@code KYOSO_SSO_*} variables.
 */
@ConfigurationProperties("kyoso.sso")
public class SsoSettings {

    private boolean enabled;
    private String label = "";
    private String rolesClaim = "roles";
    private String roles = "";
    private String departmentClaim = "department";
    private String departments = "";
    private Duration codeLifetime = Duration.ofSeconds(60);

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    /** The sign-in button's text, e.g. the name the city's people know their sign-in by; empty for the default. */
    public String getLabel() {
        return label;
    }

    public void setLabel(String label) {
        this.label = label == null ? "" : label;
    }

    /** The claim holding the person's roles or groups; a dotted path reaches into objects (realm_access.roles). */
    public String getRolesClaim() {
        return rolesClaim;
    }

    public void setRolesClaim(String rolesClaim) {
        this.rolesClaim = rolesClaim;
    }

    /** {@code value=ROLE;value=ROLE}; empty: a value that is a kyoso role's name stands for that role. */
    public String getRoles() {
        return roles;
    }

    public void setRoles(String roles) {
        this.roles = roles == null ? "" : roles;
    }

    /** The claim naming the person's department (STAFF) or organisation (MEMBER). */
    public String getDepartmentClaim() {
        return departmentClaim;
    }

    public void setDepartmentClaim(String departmentClaim) {
        this.departmentClaim = departmentClaim;
    }

    /** {@code value=organisation-uuid;...}; a value that is itself a UUID needs no entry. */
    public String getDepartments() {
        return departments;
    }

    public void setDepartments(String departments) {
        this.departments = departments == null ? "" : departments;
    }

    /** How long the code handed to the page after sign-in can be exchanged for a token. */
    public Duration getCodeLifetime() {
        return codeLifetime;
    }

    public void setCodeLifetime(Duration codeLifetime) {
        this.codeLifetime = codeLifetime;
    }
}
