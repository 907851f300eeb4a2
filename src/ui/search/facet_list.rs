//! The filter panel's list: the facet values of a search's results in the order shown, and
//! what toggling one does to the filters.

use super::Facet;
use crate::search::{FacetCounts, Filters};

pub(super) fn toggle(filters: &mut Filters, f: &Facet) {
    fn flip<T: PartialEq + Clone>(v: &mut Vec<T>, x: &T) {
        if let Some(i) = v.iter().position(|y| y == x) {
            v.remove(i);
        } else {
            v.push(x.clone());
        }
    }
    match f {
        Facet::Country(c) => flip(&mut filters.countries, c),
        Facet::Region(g) => flip(&mut filters.regions, g),
        Facet::Category(c) => flip(&mut filters.categories, c),
        Facet::Target(t) => flip(&mut filters.targets, t),
        Facet::Language(l) => flip(&mut filters.languages, l),
        Facet::Mark(m) => filters.marks ^= m,
        Facet::OpenNow => filters.open_now = !filters.open_now,
        Facet::AlwaysOpen => filters.always_open = !filters.always_open,
    }
}

pub(super) fn flatten(f: &FacetCounts) -> Vec<(Facet, usize)> {
    use crate::layer::marks;
    // The office's own marks first: what it knows best.
    let mut v: Vec<(Facet, usize)> = [marks::FAVOURITE, marks::LOCAL, marks::FLAGGED]
        .into_iter()
        .filter_map(|m| {
            let n = f.marks.iter().find(|(b, _)| *b == m).map_or(0, |(_, n)| *n);
            (n > 0).then_some((Facet::Mark(m), n))
        })
        .collect();
    for (facet, n) in [
        (Facet::OpenNow, f.open_now),
        (Facet::AlwaysOpen, f.always_open),
    ] {
        if n > 0 {
            v.push((facet, n));
        }
    }
    v.extend(
        f.countries
            .iter()
            .map(|(c, n)| (Facet::Country(c.clone()), *n)),
    );
    v.extend(
        f.regions
            .iter()
            .map(|(g, n)| (Facet::Region(g.clone()), *n)),
    );
    v.extend(f.categories.iter().map(|(c, n)| (Facet::Category(*c), *n)));
    v.extend(f.targets.iter().map(|(t, n)| (Facet::Target(*t), *n)));
    v.extend(
        f.languages
            .iter()
            .map(|(l, n)| (Facet::Language(l.clone()), *n)),
    );
    v
}
