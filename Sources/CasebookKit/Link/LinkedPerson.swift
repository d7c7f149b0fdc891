/// A person, with the cases and organizations that name them (`Linker`).
public struct LinkedPerson: Sendable {
    /// The fields, shared by every copy until one is changed: the value is copied for
    /// each page, list and data file that reads it, and a copy of the fields themselves
    /// retained every string and array they hold.
    final class Storage: @unchecked Sendable {  // changed only while uniquely referenced
        var record: Person
        var bodyHTML: String
        var cases: [(caseID: String, participant: Int)]
        var organizationIDs: [String]
        var ledOrganizationIDs: [String]
        var untranslated: Untranslated?
        init(record: Person, bodyHTML: String, cases: [(caseID: String, participant: Int)], organizationIDs: [String], ledOrganizationIDs: [String], untranslated: Untranslated?) {
            self.record = record
            self.bodyHTML = bodyHTML
            self.cases = cases
            self.organizationIDs = organizationIDs
            self.ledOrganizationIDs = ledOrganizationIDs
            self.untranslated = untranslated
        }
        func copy() -> Storage { Storage(record: record, bodyHTML: bodyHTML, cases: cases, organizationIDs: organizationIDs, ledOrganizationIDs: ledOrganizationIDs, untranslated: untranslated) }
    }
    private var storage: Storage

    public init(record: Person, bodyHTML: String, cases: [(caseID: String, participant: Int)], organizationIDs: [String], ledOrganizationIDs: [String], untranslated: Untranslated? = nil) {
        storage = Storage(record: record, bodyHTML: bodyHTML, cases: cases, organizationIDs: organizationIDs, ledOrganizationIDs: ledOrganizationIDs, untranslated: untranslated)
    }

    private mutating func unique() {
        if !isKnownUniquelyReferenced(&storage) { storage = storage.copy() }
    }

    public var record: Person {
        _read { yield storage.record }
        _modify { unique(); yield &storage.record }
    }

    public var bodyHTML: String {
        _read { yield storage.bodyHTML }
        _modify { unique(); yield &storage.bodyHTML }
    }

    /// The person's places in cases: (case id, index of the participant in that case).
    public var cases: [(caseID: String, participant: Int)] {
        _read { yield storage.cases }
    }

    /// Organizations the person is affiliated with or leads.
    public var organizationIDs: [String] {
        _read { yield storage.organizationIDs }
    }

    public var ledOrganizationIDs: [String] {
        _read { yield storage.ledOrganizationIDs }
    }

    public var untranslated: Untranslated? {
        _read { yield storage.untranslated }
        _modify { unique(); yield &storage.untranslated }
    }
}
