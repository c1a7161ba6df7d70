package jp.kyoso.declarations.declaration;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import jp.kyoso.events.sdg.SdgCatalog;
import jp.kyoso.events.sdg.SdgTarget;
import jp.kyoso.web.problem.FieldErrorKey;
import jp.kyoso.web.problem.InvalidInputException;

/** Turns typed commitments into rows, refusing unknown SDG targets field by field, and builds the search text. */
final class Commitments {

    private Commitments() {
    }

    static List<Commitment> of(UUID declarationId, List<CommitmentInput> inputs) {
        List<FieldErrorKey> errors = new ArrayList<>();
        List<Commitment> commitments = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            CommitmentInput input = inputs.get(i);
            SdgTarget target = SdgCatalog.target(input.sdgTarget()).orElse(null);
            if (target == null) {
                errors.add(new FieldErrorKey("commitments[" + i + "].sdgTarget", "sdg.target.unknown",
                        input.sdgTarget()));
                continue;
            }
            commitments.add(new Commitment(UUID.randomUUID(), declarationId, i, target.code(), target.goal().number(),
                    input.action().strip(), input.indicator().strip(), input.baseline().strip(),
                    input.targetValue().strip(), input.targetYear()));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return commitments;
    }

    /** What the directory's keyword search looks in: the organisation, the vision and every action and indicator. */
    static String searchText(String organisationName, DeclarationText text, List<Commitment> commitments) {
        return Stream.concat(Stream.of(organisationName, text.representativeName(), text.vision()),
                        commitments.stream().flatMap(c -> Stream.of(c.action(), c.indicator())))
                .collect(Collectors.joining("\n"));
    }
}
