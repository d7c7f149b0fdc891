/// Every struct a template can look into (a page's values and the shapes inside them), for
/// `TemplateNames`, which checks a theme's names against their fields. A test finds the
/// structs in the sources and holds this list to them: a new one must be added here.
enum TemplateFieldTypes {
    static let all: [any TemplateFields.Type] = [
        AffiliatedPerson.self, BanValue.self, BuildStampValue.self, CaseFacts.self, CaseHeld.self,
        CaseItem.self, CaseItemFragment.self, CaseList.self, CasePage.self, CasesPage.self,
        CertaintyValue.self, ChargeValue.self, CiteValue.self, CorrectionValue.self, CorrectionsEntry.self,
        CorrectionsPage.self, CountryValue.self, Counts.self, CurrentSentence.self, CustodyCase.self,
        CustodyRow.self, DataColumn.self, DataCounts.self, DataFeed.self, DataFileEntry.self, DataPage.self,
        DateValue.self, DeathValue.self, DecisionHistory.self, DecisionSourceLink.self, DecisionValue.self,
        DocumentValue.self, EventValue.self, FacetPage.self, FacetSummary.self, FacetValueSummary.self,
        FacetsPage.self, Figure.self, FigureRow.self, FormerNameValue.self, Fragments.self, FreePage.self,
        HeldCount.self, HeldFilterLink.self, HeldPage.self, HeldPerson.self, HeldSection.self,
        HistoryChange.self, HomePage.self, Href.self, LabelLink.self, LanguageLink.self, LatestCaseItem.self,
        LettersEntry.self, LettersPage.self, MetaValues.self, MonthLink.self, NavItem.self, NotFoundLanguage.self, NotFoundPage.self,
        OrganizationEntry.self, OrganizationGroup.self, OrganizationLink.self, OrganizationPage.self,
        OrganizationsPage.self, PageHistory.self, PageValue.self, PagerPage.self, PagerValue.self,
        Participant.self, PeopleEntry.self, PeoplePage.self, PersonCaseItem.self, PersonCustody.self,
        PersonLink.self, PersonOrganization.self, PersonPage.self, RecognitionValue.self, RoleLine.self, SearchPage.self,
        SharedFrame.self, SiteValues.self, SourceRef.self, SourceValue.self, StatisticsPage.self,
        TimelineMonth.self, TimelinePage.self, TimelineYearPage.self, TitledLink.self, WordSection.self,
        WordsValue.self, YearLink.self,
    ]
}
