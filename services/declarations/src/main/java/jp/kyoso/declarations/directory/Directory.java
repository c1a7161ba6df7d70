package jp.kyoso.declarations.directory;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import jp.kyoso.declarations.declaration.Declaration;
import jp.kyoso.declarations.declaration.DeclarationDetails;
import jp.kyoso.declarations.declaration.DeclarationService;
import jp.kyoso.declarations.declaration.DeclarationStatus;
import jp.kyoso.web.paging.PageRequest;
import jp.kyoso.web.problem.NotFoundException;

/**
 * The public side of the registry: every declaration that was ever registered (lapsed and revoked ones stay,
 * flagged), with commitments and latest report, for the directory and the open-data files.
 */
@Singleton
public class Directory {

    private final DirectoryRepository entries;
    private final DeclarationService declarations;

    public Directory(DirectoryRepository entries, DeclarationService declarations) {
        this.entries = entries;
        this.declarations = declarations;
    }

    /** One page of matching entries and the total number of matches. */
    public record Result(List<DeclarationDetails> items, long total) {
    }

    @Transactional(readOnly = true)
    public Result search(DirectoryFilter filter, PageRequest paging) {
        List<String> statuses = filter.status() == null
                ? DeclarationStatus.PUBLIC.stream().map(Enum::name).sorted().toList()
                : List.of(filter.status().name());
        String organisationType = filter.organisationType() == null ? null : filter.organisationType().name();
        String q = filter.q() == null || filter.q().isBlank() ? null : filter.q().strip();
        String pattern = q == null ? null : "%" + escapeLike(q) + "%";
        List<Declaration> found = entries.search(statuses, filter.sdgGoal(), filter.sdgTarget(), organisationType, q,
                pattern, paging.limit(), paging.offset());
        long total = entries.countMatches(statuses, filter.sdgGoal(), filter.sdgTarget(), organisationType, pattern);
        return new Result(declarations.details(found), total);
    }

    @Transactional(readOnly = true)
    public DeclarationDetails entry(UUID id) {
        Declaration declaration = entries.findById(id)
                .filter(d -> DeclarationStatus.PUBLIC.contains(d.status()))
                .orElseThrow(() -> new NotFoundException("resource.declaration", id));
        return declarations.details(declaration);
    }

    /** The whole public registry, in registration-number order, for the open-data files. */
    @Transactional(readOnly = true)
    public List<DeclarationDetails> everything() {
        List<Declaration> all = new ArrayList<>(entries.findByStatusInList(DeclarationStatus.PUBLIC));
        all.sort(Comparator.comparing(Declaration::registrationNumber));
        return declarations.details(all);
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
