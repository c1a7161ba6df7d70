package jp.kyoso.cocreation.application;

import io.micronaut.core.annotation.Nullable;
import jp.kyoso.cocreation.domain.SchoolYear;

/** The secretariat enrols a student's YOUTH account; the real name and guardian contact are optional. */
public record EnrolYouth(String userId, String nickname, SchoolYear schoolYear, @Nullable String realName,
                         @Nullable String guardianContact) {
}
