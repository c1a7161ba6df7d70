package jp.kyoso.cocreation.organisation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.kyoso.events.cocreation.OrganisationType;

/**
 * The secretariat's list of existing council members (協議会の既存会員), one per row: name, type, corporate number,
 * contact. The type is the code ({@code COMPANY}) or its label (企業 / Company); the contact is an email address, a
 * name, or both as {@code 品川 太郎 <taro@example.jp>}. A first row of column titles is skipped. Every row is
 * checked before anything is used, so one bad row refuses the whole list.
 */
public final class CouncilMemberList {

    public static final int MAX_ROWS = 1000;
    private static final int MAX_NAME = 200;
    private static final int MAX_CONTACT_NAME = 100;
    private static final int MAX_EMAIL = 254;
    private static final Set<String> HEADER_TYPES = Set.of("type", "organisationtype", "種別", "団体種別", "種類");
    private static final Pattern EMAIL = Pattern.compile("^[^\\s@<>,]+@[^\\s@<>,]+\\.[^\\s@<>,]+$");
    private static final Pattern NAME_AND_EMAIL = Pattern.compile("^(.*?)\\s*<([^<>]+)>$");

    private final List<CouncilMember> members;
    private final List<RowError> errors;

    private CouncilMemberList(List<CouncilMember> members, List<RowError> errors) {
        this.members = List.copyOf(members);
        this.errors = List.copyOf(errors);
    }

    public static CouncilMemberList parse(byte[] file) {
        Optional<String> text = CsvRecords.decode(file);
        if (text.isEmpty()) {
            return new CouncilMemberList(List.of(), List.of(new RowError(0, "file", "csv.encoding")));
        }
        Optional<List<List<String>>> parsed = CsvRecords.parse(text.get());
        if (parsed.isEmpty()) {
            return new CouncilMemberList(List.of(), List.of(new RowError(0, "file", "csv.quotes")));
        }
        List<List<String>> records = parsed.get();
        List<CouncilMember> members = new ArrayList<>();
        List<RowError> errors = new ArrayList<>();
        Map<String, Integer> rowByNumber = new HashMap<>();
        Map<String, Integer> rowByName = new HashMap<>();
        int dataRows = 0;
        for (int index = 0; index < records.size(); index++) {
            List<String> cells = records.get(index);
            int row = index + 1;
            if (cells.stream().allMatch(String::isBlank) || index == 0 && isHeader(cells)) {
                continue;
            }
            if (++dataRows > MAX_ROWS) {
                errors.add(new RowError(row, "file", "csv.tooManyRows"));
                break;
            }
            parseRow(row, cells, errors).ifPresent(member -> {
                if (member.corporateNumber() != null
                        && rowByNumber.putIfAbsent(member.corporateNumber().value(), row) != null) {
                    errors.add(new RowError(row, "corporateNumber", "csv.corporateNumber.duplicate"));
                } else if (rowByName.putIfAbsent(member.name(), row) != null) {
                    errors.add(new RowError(row, "name", "csv.name.duplicate"));
                } else {
                    members.add(member);
                }
            });
        }
        if (dataRows == 0 && errors.isEmpty()) {
            errors.add(new RowError(0, "file", "csv.empty"));
        }
        return new CouncilMemberList(members, errors);
    }

    private static Optional<CouncilMember> parseRow(int row, List<String> cells, List<RowError> errors) {
        int before = errors.size();
        if (cells.size() > 4) {
            errors.add(new RowError(row, "columns", "csv.columns"));
        }
        String name = cell(cells, 0);
        if (name.isEmpty()) {
            errors.add(new RowError(row, "name", "NotBlank"));
        } else if (name.length() > MAX_NAME) {
            errors.add(new RowError(row, "name", "csv.tooLong"));
        }
        Optional<OrganisationType> type = typeOf(cell(cells, 1));
        if (type.isEmpty()) {
            errors.add(new RowError(row, "organisationType", "csv.organisationType.unknown"));
        }
        String numberText = cell(cells, 2);
        Optional<CorporateNumber> number = numberText.isEmpty() ? Optional.empty() : CorporateNumber.parse(numberText);
        if (!numberText.isEmpty() && number.isEmpty()) {
            errors.add(new RowError(row, "corporateNumber", "corporateNumber.invalid"));
        }
        String contact = cell(cells, 3);
        String contactName = null;
        String contactEmail = null;
        Matcher both = NAME_AND_EMAIL.matcher(contact);
        if (both.matches()) {
            contactName = both.group(1).isBlank() ? null : both.group(1).strip();
            contactEmail = both.group(2).strip();
        } else if (contact.contains("@")) {
            contactEmail = contact;
        } else if (!contact.isEmpty()) {
            contactName = contact;
        }
        if (contactEmail != null && (contactEmail.length() > MAX_EMAIL || !EMAIL.matcher(contactEmail).matches())) {
            errors.add(new RowError(row, "contact", "csv.contact.email"));
        }
        if (contactName != null && contactName.length() > MAX_CONTACT_NAME) {
            errors.add(new RowError(row, "contact", "csv.tooLong"));
        }
        if (errors.size() > before) {
            return Optional.empty();
        }
        return Optional.of(new CouncilMember(row, name, type.orElseThrow(), number.orElse(null), contactName,
                contactEmail));
    }

    static Optional<OrganisationType> typeOf(String text) {
        for (OrganisationType type : OrganisationType.values()) {
            if (type.name().equalsIgnoreCase(text) || type.japanese().equals(text)
                    || type.english().equalsIgnoreCase(text)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }

    private static boolean isHeader(List<String> cells) {
        return HEADER_TYPES.contains(cell(cells, 1).toLowerCase(Locale.ROOT).replace(" ", ""));
    }

    private static String cell(List<String> cells, int index) {
        return index < cells.size() ? cells.get(index).strip() : "";
    }

    public List<CouncilMember> members() {
        return members;
    }

    public List<RowError> errors() {
        return errors;
    }

    public boolean isValid() {
        return errors.isEmpty();
    }
}
