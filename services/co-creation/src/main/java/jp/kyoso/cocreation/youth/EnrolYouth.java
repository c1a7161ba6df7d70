package jp.kyoso.cocreation.youth;

import io.micronaut.core.annotation.Nullable;

/** The secretariat enrols a student's YOUTH account; the real name and guardian contact are optional. */
public record EnrolYouth(String userId, String nickname, SchoolYear schoolYear, @Nullable String realName,
                         @Nullable String guardianContact) {
}
