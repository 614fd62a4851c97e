-- Hanoi's units: each ward/commune has a People's Committee and a public-service centre; city departments.
-- Ids are derived from the codes so that every installation has the same ids.

insert into idn_unit (id, code, name_vi, name_en, kind, ward_code)
select md5('unit:UBND-' || w.code)::uuid, 'UBND-' || w.code, 'UBND ' || w.name,
       'People''s Committee of ' || w.name, 'WARD_COMMITTEE', w.code
from geo_ward w where w.province_code = '01';

insert into idn_unit (id, code, name_vi, name_en, kind, ward_code)
select md5('unit:TTPVHCC-' || w.code)::uuid, 'TTPVHCC-' || w.code, 'Trung tâm Phục vụ hành chính công ' || w.name,
       'Public Service Centre of ' || w.name, 'SERVICE_CENTRE', w.code
from geo_ward w where w.province_code = '01';

insert into idn_unit (id, code, name_vi, name_en, kind, ward_code)
select md5('unit:' || d.code)::uuid, d.code, d.name_vi, d.name_en, 'CITY_DEPARTMENT', null
from (values
    ('VP-UBND-TP', 'Văn phòng UBND Thành phố', 'Office of the City People''s Committee'),
    ('TTPVHCC-TP', 'Trung tâm Phục vụ hành chính công Thành phố', 'City Public Service Centre'),
    ('SO-XAYDUNG', 'Sở Xây dựng', 'Department of Construction'),
    ('SO-NNMT', 'Sở Nông nghiệp và Môi trường', 'Department of Agriculture and Environment'),
    ('SO-TUPHAP', 'Sở Tư pháp', 'Department of Justice'),
    ('SO-NOIVU', 'Sở Nội vụ', 'Department of Home Affairs'),
    ('SO-TAICHINH', 'Sở Tài chính', 'Department of Finance'),
    ('SO-YTE', 'Sở Y tế', 'Department of Health'),
    ('SO-GDDT', 'Sở Giáo dục và Đào tạo', 'Department of Education and Training'),
    ('SO-CONGTHUONG', 'Sở Công Thương', 'Department of Industry and Trade'),
    ('SO-VHTT', 'Sở Văn hóa và Thể thao', 'Department of Culture and Sports'),
    ('SO-KHCN', 'Sở Khoa học và Công nghệ', 'Department of Science and Technology'),
    ('CA-TP', 'Công an Thành phố', 'City Police')
) as d(code, name_vi, name_en);
