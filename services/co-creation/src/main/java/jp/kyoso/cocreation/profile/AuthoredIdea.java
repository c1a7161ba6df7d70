package jp.kyoso.cocreation.profile;

import jp.kyoso.cocreation.youth.SchoolYear;
import jp.kyoso.cocreation.youth.YouthIdea;

/**
 * An idea with the only facts about its author that may be shown publicly. Built here, so that no public view can
 * reach the participant's real name or contact even by mistake.
 */
public record AuthoredIdea(YouthIdea idea, String nickname, SchoolYear schoolYear) {
}
