package jp.kyoso.cocreation.directory;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.List;
import jp.kyoso.events.cocreation.OrganisationType;
import jp.kyoso.web.paging.PageRequest;
import jp.kyoso.web.search.SdgFilter;

/** The public member directory: one page of matching approved members and the number of all matches. */
@Singleton
public class MemberDirectory {

    private final DirectoryRepository directory;

    public MemberDirectory(DirectoryRepository directory) {
        this.directory = directory;
    }

    /** A page of entries and the total. */
    public record Found(List<DirectoryEntry> items, long total) {
    }

    @Transactional(readOnly = true)
    public Found search(SdgFilter filter, @Nullable OrganisationType type, @Nullable Boolean declared,
                        PageRequest paging) {
        String typeName = type == null ? null : type.name();
        return new Found(directory.find(filter.keyword(), filter.keywordPattern(), typeName, declared,
                filter.goalText(), paging.limit(), paging.offset()),
                directory.count(filter.keyword(), filter.keywordPattern(), typeName, declared, filter.goalText()));
    }
}
