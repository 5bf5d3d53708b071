"""The code lists shipped under resources/reference: complete enough, in Chinese, and the proposals."""

from __future__ import annotations

from teller_app import reference_data


def test_regions_are_the_provinces_and_prefecture_level_divisions_of_gb_t_2260():
    regions = reference_data.regions()
    provinces = [r for r in regions.values() if not r.parent]
    assert len(provinces) == 34  # 23 provinces, 5 autonomous regions, 4 municipalities, 2 SARs
    assert regions["310000"].name_zh == "上海市" and regions["810000"].name_zh == "香港特别行政区"
    assert regions["440300"].name_zh == "深圳市" and regions["440300"].parent == "440000"
    assert len(regions) > 360  # and every prefecture-level city, league and autonomous prefecture
    assert all(r.parent in regions for r in regions.values() if r.parent)


def test_countries_are_iso_3166_with_chinese_names():
    countries = reference_data.countries()
    assert len(countries) >= 249
    assert countries["CN"].name_zh == "中国" and countries["HK"].name_zh == "中国香港"
    assert countries["IR"].name_zh.startswith("伊朗") and countries["KP"].name_zh.startswith("朝鲜")
    assert all(c.name_zh and len(c.code) == 2 for c in countries.values())


def test_industries_are_the_twenty_sections_of_gb_t_4754_and_the_rated_classes():
    industries = reference_data.industries()
    sections = [c for c, i in industries.items() if not i.parent]
    assert sections == [chr(c) for c in range(ord("A"), ord("T") + 1)]
    assert industries["C"].name_zh == "制造业" and industries["J6633"].parent == "J"


def test_the_region_is_proposed_from_the_credit_code_or_the_id_number():
    assert reference_data.proposed_region({"credit_code": "91440300MA5F00000X"}) == "440300"
    assert (
        reference_data.proposed_region({"credit_code": "91310115MA1K4Y7Q2X"}) == "310000"
    )  # 浦东: no prefecture
    assert reference_data.proposed_region({"id_number": "110105199205120048"}) == "110000"
    assert reference_data.proposed_region({"id_number": "410102198003150011"}) == "410100"
    assert reference_data.proposed_region({"id_number": "E12345678", "id_type": "passport"}) == ""
    assert reference_data.proposed_region({"id_number": "931000198003150011"}) == ""  # 外国人永久居留身份证


def test_nationalities_are_proposed_from_the_owners_records():
    identity = {"legal_representative": {"name": "王", "id_number": "310101198003150011"}}
    owners = {"owners": [{"name": "A", "nationality": "IR"}, {"name": "B", "nationality": "CN"}]}
    assert reference_data.proposed_nationalities(identity, owners) == ["CN", "IR"]
