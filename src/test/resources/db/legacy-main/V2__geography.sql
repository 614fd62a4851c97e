-- Geography: Vietnam's administrative units after the 1 July 2025 reorganisation (two levels: province, ward/commune).

create table geo_province (
    code        varchar(2) primary key,
    name        text not null,
    short_name  text not null,
    kind        text not null,
    name_folded text not null,
    area_km2    numeric(10, 2),
    population  integer,
    lat         double precision,
    lon         double precision
);

create table geo_ward (
    code             varchar(5) primary key,
    province_code    varchar(2) not null references geo_province (code),
    name             text not null,
    kind             text not null,
    name_folded      text not null,
    area_km2         numeric(10, 2),
    lat              double precision,
    lon              double precision,
    admin_center     text,
    boundary_geojson text
);
create index geo_ward_province_idx on geo_ward (province_code, name);

-- Names people still use: pre-2025 wards and districts that a new ward took territory from.
create table geo_ward_alias (
    id           bigserial primary key,
    ward_code    varchar(5) not null references geo_ward (code),
    alias        text not null,
    alias_folded text not null,
    context      text,
    kind         text not null check (kind in ('FORMER_WARD', 'FORMER_DISTRICT')),
    unique (ward_code, alias, context)
);
create index geo_ward_alias_ward_idx on geo_ward_alias (ward_code);
