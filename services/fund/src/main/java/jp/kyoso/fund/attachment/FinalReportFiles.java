package jp.kyoso.fund.attachment;

import jakarta.inject.Singleton;
import jp.kyoso.fund.grantapplication.ApplicationStatus;

/** The final report's accounts, receipts and pictures: added by the grantee once the grant is awarded. */
@Singleton
public class FinalReportFiles extends GrantFiles {

    FinalReportFiles(ApplicationFileRights rights) {
        super(rights, "finalreport", ApplicationStatus.AWARDED);
    }
}
