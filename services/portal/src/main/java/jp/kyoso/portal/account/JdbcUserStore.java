package jp.kyoso.portal.account;

import io.micronaut.data.exceptions.DataAccessException;
import jakarta.inject.Singleton;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

@Singleton
class JdbcUserStore implements UserStore {

    private final AppUserRepository repository;

    JdbcUserStore(AppUserRepository repository) {
        this.repository = repository;
    }

    @Override
    public Optional<UserAccount> findByUsername(String username) {
        return repository.findByUsername(username).map(JdbcUserStore::toAccount);
    }

    @Override
    public boolean addIfAbsent(UserAccount account) {
        if (repository.existsById(account.id()) || repository.existsByUsername(account.username())) {
            return false;
        }
        try {
            repository.save(toRow(account));
            return true;
        } catch (DataAccessException e) {
            // Two portal instances seeding at once: the loser's insert hits the unique key, which is the outcome
            // it wanted anyway. Anything else is a real failure.
            if (repository.existsById(account.id()) || repository.existsByUsername(account.username())) {
                return false;
            }
            throw e;
        }
    }

    @Override
    public Optional<UserAccount> findById(UUID id) {
        return repository.findById(id).map(JdbcUserStore::toAccount);
    }

    @Override
    public UserAccount update(UserAccount account) {
        repository.update(toRow(account));
        return account;
    }

    @Override
    public List<UserAccount> findByEmail(String email) {
        return repository.findByEmailIgnoreCase(email.strip()).stream().map(JdbcUserStore::toAccount).toList();
    }

    @Override
    public List<UserAccount> list(String query, int offset, int limit) {
        return repository.search(pattern(query), offset, limit).stream().map(JdbcUserStore::toAccount).toList();
    }

    @Override
    public long count(String query) {
        return repository.countSearch(pattern(query));
    }

    @Override
    public long countActiveAdmins() {
        return repository.countActiveAdmins();
    }

    private static String pattern(String query) {
        if (query == null || query.isBlank()) {
            return null;
        }
        // A plain substring: the LIKE wildcards a person may type are taken literally.
        return "%" + query.strip().toLowerCase(java.util.Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%")
                .replace("_", "\\_") + "%";
    }

    @Override
    public void changePasswordHash(UUID id, String passwordHash) {
        repository.update(id, passwordHash);
    }

    @Override
    public boolean replaceDisplayName(UUID id, String displayName) {
        return repository.updateDisplayName(id, displayName) > 0;
    }

    private static UserAccount toAccount(AppUserRow row) {
        Organisation organisation = row.organisationId() == null ? null
                : new Organisation(row.organisationId(), row.organisationName());
        Set<String> roles = Arrays.stream(row.roles()).collect(Collectors.toUnmodifiableSet());
        return new UserAccount(row.id(), row.username(), row.passwordHash(), row.displayName(), organisation, roles,
                row.createdAt(), row.disabled(), row.email(), new AccountSecurity(row.mustChangePassword(),
                row.tokenVersion(), row.totpSecret(), row.totpEnabled()));
    }

    private static AppUserRow toRow(UserAccount account) {
        Organisation organisation = account.organisation();
        return new AppUserRow(account.id(), account.username(), account.passwordHash(), account.displayName(),
                organisation == null ? null : organisation.id(), organisation == null ? null : organisation.name(),
                account.roles().stream().sorted().toArray(String[]::new), account.createdAt(), account.disabled(),
                account.email(), account.security().mustChangePassword(), account.security().tokenVersion(),
                account.security().totpSecret(), account.security().totpEnabled());
    }
}
