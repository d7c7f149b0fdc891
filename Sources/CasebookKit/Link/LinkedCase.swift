/// A published case, its references resolved (`Linker`).
public struct LinkedCase: Sendable {
    /// The fields, shared by every copy until one is changed: the value is copied for
    /// each page, list and data file that reads it, and a copy of the fields themselves
    /// retained every string and array they hold.
    final class Storage: @unchecked Sendable {  // changed only while uniquely referenced
        var record: CaseRecord
        var bodyHTML: String
        var latestDate: PartialDate?
        var updated: PartialDate?
        var relatedCaseIDs: [String]
        var allCharges: [String]
        var untranslated: Untranslated?
        var prosecutionStart: PartialDate?
        init(record: CaseRecord, bodyHTML: String, latestDate: PartialDate?, updated: PartialDate?, relatedCaseIDs: [String], allCharges: [String], untranslated: Untranslated?, prosecutionStart: PartialDate?) {
            self.record = record
            self.bodyHTML = bodyHTML
            self.latestDate = latestDate
            self.updated = updated
            self.relatedCaseIDs = relatedCaseIDs
            self.allCharges = allCharges
            self.untranslated = untranslated
            self.prosecutionStart = prosecutionStart
        }
        func copy() -> Storage { Storage(record: record, bodyHTML: bodyHTML, latestDate: latestDate, updated: updated, relatedCaseIDs: relatedCaseIDs, allCharges: allCharges, untranslated: untranslated, prosecutionStart: prosecutionStart) }
    }
    private var storage: Storage

    public init(record: CaseRecord, bodyHTML: String, latestDate: PartialDate?, updated: PartialDate?, relatedCaseIDs: [String], allCharges: [String], untranslated: Untranslated? = nil, prosecutionStart: PartialDate? = nil) {
        storage = Storage(record: record, bodyHTML: bodyHTML, latestDate: latestDate, updated: updated, relatedCaseIDs: relatedCaseIDs, allCharges: allCharges, untranslated: untranslated, prosecutionStart: prosecutionStart)
    }

    private mutating func unique() {
        if !isKnownUniquelyReferenced(&storage) { storage = storage.copy() }
    }

    public var record: CaseRecord {
        _read { yield storage.record }
        _modify { unique(); yield &storage.record }
    }

    public var bodyHTML: String {
        _read { yield storage.bodyHTML }
        _modify { unique(); yield &storage.bodyHTML }
    }

    /// The latest date the case is known for: its last event, else status_as_of.
    public var latestDate: PartialDate? {
        _read { yield storage.latestDate }
    }

    /// `updated`, else the file's last commit date, else the latest date.
    public var updated: PartialDate? {
        _read { yield storage.updated }
    }

    /// Related cases, both directions, as case ids that are in this build.
    public var relatedCaseIDs: [String] {
        _read { yield storage.relatedCaseIDs }
    }

    /// Charge keys of the case and of each participant, without repeats.
    public var allCharges: [String] {
        _read { yield storage.allCharges }
    }

    /// On a page of another language: the texts shown in the default language.
    public var untranslated: Untranslated? {
        _read { yield storage.untranslated }
        _modify { unique(); yield &storage.untranslated }
    }

    /// When the prosecution began (`Linker.prosecutionStart`): the case's year everywhere.
    public var prosecutionStart: PartialDate? {
        _read { yield storage.prosecutionStart }
        _modify { unique(); yield &storage.prosecutionStart }
    }
}
