package jp.kyoso.citylab.shared;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.data.exceptions.DataAccessException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class UniqueViolationTest {

    private static final SQLException ONE_ACTIVE = new SQLException(
            "ERROR: duplicate key value violates unique constraint \"proposal_one_active\"", "23505");

    @Test
    void findsTheNamedIndexAnywhereInTheCauses() {
        assertTrue(UniqueViolation.of(ONE_ACTIVE, "proposal_one_active"));
        assertTrue(UniqueViolation.of(new DataAccessException("insert failed", ONE_ACTIVE), "proposal_one_active"));
    }

    @Test
    void anotherIndexOrAnotherFailureIsNotIt() {
        assertFalse(UniqueViolation.of(ONE_ACTIVE, "proposal_one"));
        assertFalse(UniqueViolation.of(ONE_ACTIVE, "proposal_pkey"));
        assertFalse(UniqueViolation.of(new SQLException(ONE_ACTIVE.getMessage(), "23503"), "proposal_one_active"));
        assertFalse(UniqueViolation.of(new IllegalStateException("proposal_one_active"), "proposal_one_active"));
    }
}
