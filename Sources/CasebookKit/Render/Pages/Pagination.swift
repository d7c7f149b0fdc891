/// Splits a long list (cases, people, a facet value's cases, a timeline year's events) into
/// pages of `size` items, and builds the navigation between them. Page 1 keeps the list's
/// own address; the others live under `page/<n>/` (see `SitePaths.paged`).
struct Pagination: Sendable {
    let size: Int

    init(size: Int) {
        self.size = max(1, size)
    }

    /// How many pages `itemCount` items fill; an empty list still has its one page.
    func pageCount(_ itemCount: Int) -> Int {
        max(1, itemCount / size + (itemCount % size == 0 ? 0 : 1))
    }

    /// The items of page `page`, counted from 1 up to `pageCount(items.count)`.
    func slice<T>(_ items: [T], page: Int) -> ArraySlice<T> {
        let start = min(items.count, (page - 1) * size)
        return items[start..<(start + min(size, items.count - start))]
    }

    /// The title of page `page`: "Cases" on the first, "Cases, page 2 of 7" on the others.
    static func title(_ title: String, page: Int, count: Int, words: Catalogue) -> String {
        page > 1 ? words.text("titles.paged", ["title": title, "page": String(page), "count": String(count)]) : title
    }

    /// The `pager` value of page `page` of `count` of the list whose first page is `first`,
    /// or nil when the list fits on one page:
    /// `{text, number, count, previous: {href}, next: {href}, pages: [{number, href, current} | {gap}]}`.
    static func pager(first: String, page: Int, count: Int, words: Catalogue) -> PagerValue? {
        guard count > 1 else { return nil }
        return PagerValue(
            text: words.text("pager.text", ["page": String(page), "count": String(count)]), number: page, count: count,
            previous: page > 1 ? Href(href: SitePaths.paged(first, page: page - 1)) : nil,
            next: page < count ? Href(href: SitePaths.paged(first, page: page + 1)) : nil,
            pages: shown(page: page, count: count).map { number in
                guard number > 0 else { return PagerPage(number: nil, href: nil, current: false) }
                return PagerPage(number: number, href: SitePaths.paged(first, page: number), current: number == page)
            })
    }

    /// The page numbers worth a link: the first, the last, and two either side of the
    /// current one; 0 stands for a gap ("…"). A gap of one page shows that page instead.
    static func shown(page: Int, count: Int) -> [Int] {
        let near = Set([1, count] + ((page - 2)...(page + 2)).filter { (1...count).contains($0) })
        var numbers: [Int] = []
        for number in near.sorted() {
            if let last = numbers.last {
                if number == last + 2 { numbers.append(last + 1) } else if number > last + 2 { numbers.append(0) }
            }
            numbers.append(number)
        }
        return numbers
    }
}
