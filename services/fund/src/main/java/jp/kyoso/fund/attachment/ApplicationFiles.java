package jp.kyoso.fund.attachment;

import jakarta.inject.Singleton;
import jp.kyoso.fund.grantapplication.ApplicationStatus;

/** The plan and budget sheet of an application: changed by the applicant while it is a draft, then fixed. */
@Singleton
public class ApplicationFiles extends GrantFiles {

    ApplicationFiles(ApplicationFileRights rights) {
        super(rights, "application", ApplicationStatus.DRAFT);
    }
}
