package jp.kyoso.citylab.shared;

import io.micronaut.data.exceptions.OptimisticLockException;
import java.util.function.Supplier;
import jp.kyoso.web.problem.ConflictException;

/** Turns the domain's refusals into 409 problems the caller can read (state, attempted action, rule). */
public final class Rules {

    private Rules() {
    }

    public static <T> T apply(String aggregate, Supplier<T> action) {
        try {
            return action.get();
        } catch (TransitionException e) {
            throw new ConflictException(aggregate + ".illegalTransition", e.current(), e.attempted());
        } catch (RuleViolation e) {
            throw new ConflictException(e.code(), e.args());
        } catch (OptimisticLockException e) {
            throw new ConflictException("concurrentChange");
        }
    }
}
