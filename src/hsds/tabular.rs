//! HSDS's tabular form: the data package of CSV tables (`services.csv`, `phones.csv`, …, and
//! `datapackage.json`), read into the nested JSON items the JSON importer maps, and written
//! from the nested items Haven exports. One table of links serves both ways: which table nests
//! under which, by which id column, under which key.
//!
//! A row whose id column points at no row of the table it names is reported by file, row and
//! column; it is attached to the next parent it names that exists, or, with none, left out.

mod read;
mod write;

pub use read::{
    Dangling, MAX_ITEM_PARTS, MAX_PACKAGE_CELLS, MAX_PARTS, MAX_TABLE_BYTES, read_package,
};
pub use write::write_package;

/// A table of the package: its resource name in `datapackage.json` and its file.
#[derive(Debug, Clone, Copy)]
struct Table {
    name: &'static str,
    file: &'static str,
}

const fn table(name: &'static str, file: &'static str) -> Table {
    Table { name, file }
}

/// Every table Haven reads and writes, parents before children.
const TABLES: [Table; 23] = [
    table("organization", "organizations.csv"),
    table("program", "programs.csv"),
    table("service", "services.csv"),
    table("location", "locations.csv"),
    table("service_at_location", "service_at_location.csv"),
    table("contact", "contacts.csv"),
    table("phone", "phones.csv"),
    table("address", "addresses.csv"),
    table("schedule", "schedules.csv"),
    table("language", "languages.csv"),
    table("accessibility", "accessibility.csv"),
    table("url", "url.csv"),
    table("required_document", "required_documents.csv"),
    table("cost_option", "cost_options.csv"),
    table("funding", "funding.csv"),
    table("service_area", "service_areas.csv"),
    table("unit", "units.csv"),
    table("service_capacity", "service_capacity.csv"),
    table("organization_identifier", "organization_identifiers.csv"),
    table("taxonomy", "taxonomies.csv"),
    table("taxonomy_term", "taxonomy_terms.csv"),
    table("attribute", "attributes.csv"),
    table("metadata", "metadata.csv"),
];

/// A table whose rows nest in a parent's list: `key` on the parent; the first of `parents`
/// (id column, parent table) that names an existing row is the parent. A row of the tables
/// names every level it belongs to (a phone its service, location and contact): it nests at
/// the service first, where Haven reads phones, hours and languages.
struct Nest {
    table: &'static str,
    key: &'static str,
    parents: &'static [(&'static str, &'static str)],
}

const NESTS: [Nest; 18] = [
    Nest {
        table: "service_at_location",
        key: "service_at_locations",
        parents: &[("service_id", "service")],
    },
    Nest {
        table: "contact",
        key: "contacts",
        parents: &[
            ("service_at_location_id", "service_at_location"),
            ("location_id", "location"),
            ("service_id", "service"),
            ("organization_id", "organization"),
        ],
    },
    Nest {
        table: "phone",
        key: "phones",
        parents: &[
            ("service_id", "service"),
            ("service_at_location_id", "service_at_location"),
            ("location_id", "location"),
            ("contact_id", "contact"),
            ("organization_id", "organization"),
        ],
    },
    Nest {
        table: "language",
        key: "languages",
        parents: &[
            ("service_id", "service"),
            ("location_id", "location"),
            ("phone_id", "phone"),
        ],
    },
    Nest {
        table: "schedule",
        key: "schedules",
        parents: &[
            ("service_id", "service"),
            ("service_at_location_id", "service_at_location"),
            ("location_id", "location"),
        ],
    },
    Nest {
        table: "address",
        key: "addresses",
        parents: &[("location_id", "location")],
    },
    Nest {
        table: "accessibility",
        key: "accessibility",
        parents: &[("location_id", "location")],
    },
    // A location a service is offered at nests there (through service_at_location);
    // an organization's other locations nest under it.
    Nest {
        table: "location",
        key: "locations",
        parents: &[("organization_id", "organization")],
    },
    Nest {
        table: "url",
        key: "additional_urls",
        parents: &[
            ("service_id", "service"),
            ("organization_id", "organization"),
        ],
    },
    Nest {
        table: "required_document",
        key: "required_documents",
        parents: &[("service_id", "service")],
    },
    Nest {
        table: "cost_option",
        key: "cost_options",
        parents: &[("service_id", "service")],
    },
    Nest {
        table: "funding",
        key: "funding",
        parents: &[
            ("service_id", "service"),
            ("organization_id", "organization"),
        ],
    },
    Nest {
        table: "service_area",
        key: "service_areas",
        parents: &[
            ("service_at_location_id", "service_at_location"),
            ("service_id", "service"),
        ],
    },
    Nest {
        table: "service_capacity",
        key: "capacities",
        parents: &[("service_id", "service")],
    },
    Nest {
        table: "organization_identifier",
        key: "organization_identifiers",
        parents: &[("organization_id", "organization")],
    },
    Nest {
        table: "program",
        key: "programs",
        parents: &[("organization_id", "organization")],
    },
    Nest {
        table: "attribute",
        key: "attributes",
        parents: &[("link_id", "*")],
    },
    Nest {
        table: "metadata",
        key: "metadata",
        parents: &[("resource_id", "*")],
    },
];

/// A row that names one row of another table, which is written into it whole under `key`
/// (a service at a location holds its location; an attribute its taxonomy term).
struct Embed {
    table: &'static str,
    column: &'static str,
    key: &'static str,
    target: &'static str,
}

const EMBEDS: [Embed; 5] = [
    Embed {
        table: "service_at_location",
        column: "location_id",
        key: "location",
        target: "location",
    },
    Embed {
        table: "service",
        column: "program_id",
        key: "program",
        target: "program",
    },
    Embed {
        table: "attribute",
        column: "taxonomy_term_id",
        key: "taxonomy_term",
        target: "taxonomy_term",
    },
    Embed {
        table: "taxonomy_term",
        column: "taxonomy_id",
        key: "taxonomy_detail",
        target: "taxonomy",
    },
    Embed {
        table: "service_capacity",
        column: "unit_id",
        key: "unit",
        target: "unit",
    },
];

/// Links that stay ids in the JSON form too (a service names its organization, which is an
/// item of its own): only checked.
const LINKS: [(&str, &str, &str); 2] = [
    ("service", "organization_id", "organization"),
    ("organization", "parent_organization_id", "organization"),
];

/// HSDS 3.1's columns that hold numbers; every other value is text (dates and times as
/// written).
const NUMBERS: [&str; 10] = [
    "year_incorporated",
    "minimum_age",
    "maximum_age",
    "latitude",
    "longitude",
    "extension",
    "timezone",
    "count",
    "interval",
    "amount",
];

/// The official key for the additional URLs of an organization (a service calls them
/// `additional_urls`).
const ORGANIZATION_URLS: &str = "additional_websites";

/// Whether `path` is an HSDS data package: its `datapackage.json`, or a folder holding it or
/// the services or organizations table.
pub fn is_package(path: &std::path::Path) -> bool {
    if path.is_file() {
        return path.file_name().is_some_and(|n| n == "datapackage.json");
    }
    ["datapackage.json", "services.csv", "organizations.csv"]
        .iter()
        .any(|f| path.join(f).is_file())
}
