-- Extra questions a category asks (Open311 service attributes), and the answers a report carries.

create table rpt_category_attribute (
    category_code  text    not null references rpt_category (code),
    code           text    not null,
    datatype       text    not null check (datatype in ('string', 'number', 'datetime', 'text', 'singlevaluelist',
                                                        'multivaluelist')),
    required       boolean not null default false,
    description_vi text    not null,
    description_en text    not null,
    sort_order     integer not null,
    -- For lists: [{"key": "...", "vi": "...", "en": "..."}]
    choices        jsonb   not null default '[]',
    primary key (category_code, code)
);

create table rpt_report_attribute (
    report_id uuid not null references rpt_report (id),
    code      text not null,
    value     text not null,
    primary key (report_id, code, value)
);

insert into rpt_category_attribute (category_code, code, datatype, required, description_vi, description_en, sort_order, choices) values
('ROADS', 'hazard_size', 'singlevaluelist', false, 'Kích thước chỗ hư hỏng', 'Size of the damage', 1,
 '[{"key": "small", "vi": "Nhỏ (dưới 30 cm)", "en": "Small (under 30 cm)"}, {"key": "medium", "vi": "Vừa (30 cm đến 1 m)", "en": "Medium (30 cm to 1 m)"}, {"key": "large", "vi": "Lớn (trên 1 m)", "en": "Large (over 1 m)"}]'),
('DRAINAGE', 'water_depth_cm', 'number', false, 'Độ sâu nước ngập (cm)', 'Depth of the water (cm)', 1, '[]'),
('LIGHTING', 'pole_number', 'string', false, 'Số hiệu cột đèn (ghi trên cột)', 'Lamp post number (written on the post)', 1, '[]'),
('WASTE', 'waste_kind', 'multivaluelist', false, 'Loại rác', 'Kind of waste', 1,
 '[{"key": "household", "vi": "Rác sinh hoạt", "en": "Household waste"}, {"key": "construction", "vi": "Phế thải xây dựng", "en": "Construction debris"}, {"key": "hazardous", "vi": "Chất thải nguy hại", "en": "Hazardous waste"}]');
