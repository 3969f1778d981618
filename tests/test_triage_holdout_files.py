"""Shape of the hand-written holdout sets in ``tests/cases/`` (HOLDOUT-SHAPE).

The sets are labelled with the triage rubric; this module checks only their form, so that an
evaluation never silently skips a row: ids unique and in file order with the set's prefix,
labels from the closed vocabularies, an aware ``received`` time, and every NIK-shaped number
invented with regency code 99 (no real regency has it). How well triage scores on them is the
evaluation script's business (``scripts/evaluate_triage.py``), not a test's, except for the
regression guards in ``test_triage_quality.py``.
"""

from __future__ import annotations

import json
import re
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest

from lapor_rules.triage import Complexity, Urgency

CASES = Path(__file__).resolve().parent / "cases"

#: Holdout file -> id prefix and row count.
HOLDOUTS: dict[str, tuple[str, int]] = {
    "triage_holdout_a.jsonl": ("ho", 110),
    "triage_holdout_b.jsonl": ("h2", 110),
    "triage_holdout_c.jsonl": ("hc", 80),
    "triage_holdout_d.jsonl": ("hd", 100),
    "triage_holdout_e.jsonl": ("he", 100),
    "triage_holdout_f.jsonl": ("hf", 100),
    "triage_holdout_g.jsonl": ("hg", 100),
    "triage_holdout_h.jsonl": ("hh", 100),
    "triage_holdout_i.jsonl": ("hi", 100),
    "triage_holdout_j.jsonl": ("hj", 100),
    "triage_holdout_k.jsonl": ("hk", 100),
    "triage_holdout_l.jsonl": ("hl", 100),
    "triage_holdout_m.jsonl": ("hm", 100),
    "triage_holdout_n.jsonl": ("hn", 100),
    "triage_holdout_o.jsonl": ("ho2", 100),
    "triage_holdout_p.jsonl": ("hp", 100),
    "triage_holdout_q.jsonl": ("hq", 100),
    "triage_holdout_r.jsonl": ("hr", 100),
    "triage_holdout_s.jsonl": ("hs", 100),
    "triage_holdout_t.jsonl": ("ht", 100),
    "triage_holdout_u.jsonl": ("hu", 100),
    "triage_holdout_v.jsonl": ("hv", 100),
    "triage_holdout_w.jsonl": ("hw", 100),
    "triage_holdout_aa.jsonl": ("haa", 100),
    "triage_holdout_ab.jsonl": ("hab", 100),
    "triage_holdout_ac.jsonl": ("hac", 100),
    "triage_holdout_ad.jsonl": ("had", 100),
    "triage_holdout_ae.jsonl": ("hae", 100),
    "triage_holdout_af.jsonl": ("haf", 100),
    "triage_holdout_ag.jsonl": ("hag", 100),
    "triage_holdout_ah.jsonl": ("hah", 100),
    "triage_holdout_ai.jsonl": ("hai", 100),
    "triage_holdout_aj.jsonl": ("haj", 100),
    "triage_holdout_ak.jsonl": ("hak", 100),
    "triage_holdout_al.jsonl": ("hal", 100),
    "triage_holdout_am.jsonl": ("ham", 100),
    "triage_holdout_an.jsonl": ("han", 100),
    "triage_holdout_ao.jsonl": ("hao", 100),
    "triage_holdout_ap.jsonl": ("hap", 100),
    "triage_holdout_aq.jsonl": ("haq", 100),
    "triage_holdout_ar.jsonl": ("har", 100),
    "triage_holdout_as.jsonl": ("has", 100),
    "triage_holdout_at.jsonl": ("hat", 100),
    "triage_holdout_au.jsonl": ("hau", 100),
    "triage_holdout_av.jsonl": ("hav", 100),
    "triage_holdout_aw.jsonl": ("haw", 100),
    "triage_holdout_ax.jsonl": ("hax", 100),
    "triage_holdout_ay.jsonl": ("hay", 100),
    "triage_holdout_az.jsonl": ("haz", 100),
    "triage_holdout_ba.jsonl": ("hba", 100),
    "triage_holdout_bb.jsonl": ("hbb", 100),
    "triage_holdout_bc.jsonl": ("hbc", 100),
    "triage_holdout_bd.jsonl": ("hbd", 100),
    "triage_holdout_be.jsonl": ("hbe", 100),
    "triage_holdout_bf.jsonl": ("hbf", 100),
    "triage_holdout_bg.jsonl": ("hbg", 100),
    "triage_holdout_bh.jsonl": ("hbh", 100),
    "triage_holdout_bi.jsonl": ("hbi", 100),
    "triage_holdout_bj.jsonl": ("hbj", 100),
    "triage_holdout_bk.jsonl": ("hbk", 100),
    "triage_holdout_bl.jsonl": ("hbl", 100),
    "triage_holdout_bm.jsonl": ("hbm", 100),
    "triage_holdout_bn.jsonl": ("hbn", 100),
    "triage_holdout_bo.jsonl": ("hbo", 100),
    "triage_holdout_bp.jsonl": ("hbp", 100),
    "triage_holdout_bq.jsonl": ("hbq", 100),
    "triage_holdout_br.jsonl": ("hbr", 100),
    "triage_holdout_bs.jsonl": ("hbs", 100),
    "triage_holdout_bt.jsonl": ("hbt", 100),
    "triage_holdout_bu.jsonl": ("hbu", 100),
    "triage_holdout_bv.jsonl": ("hbv", 100),
    "triage_holdout_bw.jsonl": ("hbw", 100),
    "triage_holdout_bx.jsonl": ("hbx", 100),
    "triage_holdout_by.jsonl": ("hby", 100),
    "triage_holdout_bz.jsonl": ("hbz", 100),
    "triage_holdout_ca.jsonl": ("hca", 100),
    "triage_holdout_cb.jsonl": ("hcb", 100),
    "triage_holdout_cc.jsonl": ("hcc", 100),
    "triage_holdout_cd.jsonl": ("hcd", 100),
    "triage_holdout_ce.jsonl": ("hce", 100),
    "triage_holdout_cf.jsonl": ("hcf", 100),
    "triage_holdout_cg.jsonl": ("hcg", 100),
    "triage_holdout_ch.jsonl": ("hch", 100),
    "triage_holdout_ci.jsonl": ("hci", 100),
    "triage_holdout_cj.jsonl": ("hcj", 100),
    "triage_holdout_ck.jsonl": ("hck", 100),
    "triage_holdout_cl.jsonl": ("hcl", 100),
    "triage_holdout_cm.jsonl": ("hcm", 100),
    "triage_holdout_cn.jsonl": ("hcn", 100),
    "triage_holdout_co.jsonl": ("hco", 100),
    "triage_holdout_cp.jsonl": ("hcp", 100),
    "triage_holdout_cq.jsonl": ("hcq", 100),
    "triage_holdout_cr.jsonl": ("hcr", 100),
    "triage_holdout_cs.jsonl": ("hcs", 100),
    "triage_holdout_ct.jsonl": ("hct", 100),
    "triage_holdout_cu.jsonl": ("hcu", 100),
    "triage_holdout_cv.jsonl": ("hcv", 100),
    "triage_holdout_cw.jsonl": ("hcw", 100),
    "triage_holdout_cx.jsonl": ("hcx", 100),
    "triage_holdout_cy.jsonl": ("hcy", 100),
    "triage_holdout_cz.jsonl": ("hcz", 100),
    "triage_holdout_da.jsonl": ("hda", 100),
    "triage_holdout_db.jsonl": ("hdb", 100),
    "triage_holdout_dc.jsonl": ("hdc", 100),
    "triage_holdout_dd.jsonl": ("hdd", 100),
    "triage_holdout_de.jsonl": ("hde", 100),
    "triage_holdout_df.jsonl": ("hdf", 100),
    "triage_holdout_dg.jsonl": ("hdg", 100),
    "triage_holdout_dh.jsonl": ("hdh", 100),
    "triage_holdout_di.jsonl": ("hdi", 100),
    "triage_holdout_dj.jsonl": ("hdj", 100),
    "triage_holdout_dk.jsonl": ("hdk", 100),
    "triage_holdout_dl.jsonl": ("hdl", 100),
    "triage_holdout_dm.jsonl": ("hdm", 100),
    "triage_holdout_dn.jsonl": ("hdn", 100),
    "triage_holdout_do.jsonl": ("hdo", 100),
    "triage_holdout_dp.jsonl": ("hdp", 100),
    "triage_holdout_dq.jsonl": ("hdq", 100),
    "triage_holdout_dr.jsonl": ("hdr", 100),
    "triage_holdout_ds.jsonl": ("hds", 100),
    "triage_holdout_dt.jsonl": ("hdt", 100),
    "triage_holdout_du.jsonl": ("hdu", 100),
    "triage_holdout_dv.jsonl": ("hdv", 100),
    "triage_holdout_dw.jsonl": ("hdw", 100),
    "triage_holdout_dx.jsonl": ("hdx", 100),
    "triage_holdout_dy.jsonl": ("hdy", 100),
    "triage_holdout_dz.jsonl": ("hdz", 100),
    "triage_holdout_ea.jsonl": ("hea", 100),
    "triage_holdout_eb.jsonl": ("heb", 100),
    "triage_holdout_ec.jsonl": ("hec", 100),
    "triage_holdout_ed.jsonl": ("hed", 100),
    "triage_holdout_ee.jsonl": ("hee", 100),
    "triage_holdout_ef.jsonl": ("hef", 100),
    "triage_holdout_eg.jsonl": ("heg", 100),
    "triage_holdout_eh.jsonl": ("heh", 100),
    "triage_holdout_ei.jsonl": ("hei", 100),
    "triage_holdout_ej.jsonl": ("hej", 100),
    "triage_holdout_ek.jsonl": ("hek", 100),
    "triage_holdout_el.jsonl": ("hel", 100),
    "triage_holdout_em.jsonl": ("hem", 100),
    "triage_holdout_en.jsonl": ("hen", 100),
    "triage_holdout_eo.jsonl": ("heo", 100),
    "triage_holdout_ep.jsonl": ("hep", 100),
    "triage_holdout_eq.jsonl": ("heq", 100),
    "triage_holdout_er.jsonl": ("her", 100),
    "triage_holdout_es.jsonl": ("hes", 100),
    "triage_holdout_et.jsonl": ("het", 100),
    "triage_holdout_eu.jsonl": ("heu", 100),
    "triage_holdout_ev.jsonl": ("hev", 100),
    "triage_holdout_ew.jsonl": ("hew", 100),
    "triage_holdout_ex.jsonl": ("hex", 100),
    "triage_holdout_ey.jsonl": ("hey", 100),
    "triage_holdout_ez.jsonl": ("hez", 100),
    "triage_holdout_fa.jsonl": ("hfa", 100),
    "triage_holdout_fb.jsonl": ("hfb", 100),
    "triage_holdout_fc.jsonl": ("hfc", 100),
    "triage_holdout_fd.jsonl": ("hfd", 100),
    "triage_holdout_fe.jsonl": ("hfe", 100),
    "triage_holdout_ff.jsonl": ("hff", 100),
    "triage_holdout_fg.jsonl": ("hfg", 100),
    "triage_holdout_fh.jsonl": ("hfh", 100),
    "triage_holdout_fi.jsonl": ("hfi", 100),
    "triage_holdout_fj.jsonl": ("hfj", 100),
    "triage_holdout_fk.jsonl": ("hfk", 100),
    "triage_holdout_fl.jsonl": ("hfl", 100),
    "triage_holdout_fm.jsonl": ("hfm", 100),
    "triage_holdout_fn.jsonl": ("hfn", 100),
    "triage_holdout_fo.jsonl": ("hfo", 100),
    "triage_holdout_fp.jsonl": ("hfp", 100),
    "triage_holdout_fq.jsonl": ("hfq", 100),
    "triage_holdout_fr.jsonl": ("hfr", 100),
    "triage_holdout_fs.jsonl": ("hfs", 100),
    "triage_holdout_ft.jsonl": ("hft", 100),
    "triage_holdout_fu.jsonl": ("hfu", 100),
    "triage_holdout_fv.jsonl": ("hfv", 100),
    "triage_holdout_fw.jsonl": ("hfw", 100),
    "triage_holdout_fx.jsonl": ("hfx", 100),
    "triage_holdout_fy.jsonl": ("hfy", 100),
    "triage_holdout_fz.jsonl": ("hfz", 100),
    "triage_holdout_ga.jsonl": ("hga", 100),
    "triage_holdout_gb.jsonl": ("hgb", 100),
    "triage_holdout_gc.jsonl": ("hgc", 100),
    "triage_holdout_gd.jsonl": ("hgd", 100),
    "triage_holdout_ge.jsonl": ("hge", 100),
    "triage_holdout_gf.jsonl": ("hgf", 100),
    "triage_holdout_gg.jsonl": ("hgg", 100),
    "triage_holdout_gh.jsonl": ("hgh", 100),
    "triage_holdout_gi.jsonl": ("hgi", 100),
    "triage_holdout_gj.jsonl": ("hgj", 100),
    "triage_holdout_gk.jsonl": ("hgk", 100),
    "triage_holdout_gl.jsonl": ("hgl", 100),
    "triage_holdout_gm.jsonl": ("hgm", 100),
    "triage_holdout_gn.jsonl": ("hgn", 100),
    "triage_holdout_go.jsonl": ("hgo", 100),
    "triage_holdout_gp.jsonl": ("hgp", 100),
    "triage_holdout_gq.jsonl": ("hgq", 100),
    "triage_holdout_gr.jsonl": ("hgr", 100),
    "triage_holdout_gs.jsonl": ("hgs", 100),
    "triage_holdout_gt.jsonl": ("hgt", 100),
    "triage_holdout_gu.jsonl": ("hgu", 100),
    "triage_holdout_gv.jsonl": ("hgv", 100),
    "triage_holdout_gw.jsonl": ("hgw", 100),
    "triage_holdout_gx.jsonl": ("hgx", 100),
    "triage_holdout_gy.jsonl": ("hgy", 100),
    "triage_holdout_gz.jsonl": ("hgz", 100),
    "triage_holdout_ha.jsonl": ("hha", 100),
    "triage_holdout_hb.jsonl": ("hhb", 100),
    "triage_holdout_hc.jsonl": ("hhc", 100),
    "triage_holdout_hd.jsonl": ("hhd", 100),
    "triage_holdout_he.jsonl": ("hhe", 100),
    "triage_holdout_hf.jsonl": ("hhf", 100),
    "triage_holdout_hg.jsonl": ("hhg", 100),
    "triage_holdout_hh.jsonl": ("hhh", 100),
    "triage_holdout_hi.jsonl": ("hhi", 100),
    "triage_holdout_hj.jsonl": ("hhj", 100),
    "triage_holdout_hk.jsonl": ("hhk", 100),
    "triage_holdout_hm.jsonl": ("hhm", 100),
    "triage_holdout_hl.jsonl": ("hhl", 100),
    "triage_holdout_ho.jsonl": ("hho", 100),
    "triage_holdout_hn.jsonl": ("hhn", 100),
    "triage_holdout_hp.jsonl": ("hhp", 100),
    "triage_holdout_hq.jsonl": ("hhq", 100),
    "triage_holdout_hr.jsonl": ("hhr", 100),
    "triage_holdout_ht.jsonl": ("hht", 100),
    "triage_holdout_hu.jsonl": ("hhu", 100),
    "triage_holdout_hs.jsonl": ("hhs", 100),
    "triage_holdout_hx.jsonl": ("hhx", 100),
    "triage_holdout_hy.jsonl": ("hhy", 100),
    "triage_holdout_hv.jsonl": ("hhv", 100),
    "triage_holdout_hw.jsonl": ("hhw", 100),
    "triage_holdout_hz.jsonl": ("hhz", 100),
    "triage_holdout_ib.jsonl": ("hib", 100),
    "triage_holdout_ic.jsonl": ("hic", 100),
    "triage_holdout_ia.jsonl": ("hia", 100),
    "triage_holdout_if.jsonl": ("hif", 100),
    "triage_holdout_id.jsonl": ("hid", 100),
    "triage_holdout_ig.jsonl": ("hig", 100),
    "triage_holdout_ie.jsonl": ("hie", 100),
    "triage_holdout_ih.jsonl": ("hih", 100),
    "triage_holdout_ij.jsonl": ("hij", 100),
    "triage_holdout_ik.jsonl": ("hik", 100),
    "triage_holdout_ii.jsonl": ("hii", 100),
    "triage_holdout_in.jsonl": ("hin", 100),
    "triage_holdout_im.jsonl": ("him", 100),
    "triage_holdout_il.jsonl": ("hil", 100),
    "triage_holdout_io.jsonl": ("hio", 100),
    "triage_holdout_ip.jsonl": ("hip", 100),
    "triage_holdout_iq.jsonl": ("hiq", 100),
    "triage_holdout_ir.jsonl": ("hir", 100),
    "triage_holdout_is.jsonl": ("his", 100),
    "triage_holdout_it.jsonl": ("hit", 100),
    "triage_holdout_iu.jsonl": ("hiu", 100),
    "triage_holdout_iv.jsonl": ("hiv", 100),
    "triage_holdout_iw.jsonl": ("hiw", 100),
    "triage_holdout_ix.jsonl": ("hix", 100),
    "triage_holdout_iy.jsonl": ("hiy", 100),
    "triage_holdout_iz.jsonl": ("hiz", 100),
    "triage_holdout_ja.jsonl": ("hja", 100),
    "triage_holdout_jb.jsonl": ("hjb", 100),
    "triage_holdout_jc.jsonl": ("hjc", 100),
    "triage_holdout_jd.jsonl": ("hjd", 100),
    "triage_holdout_je.jsonl": ("hje", 100),
    "triage_holdout_jf.jsonl": ("hjf", 100),
    "triage_holdout_jg.jsonl": ("hjg", 100),
    "triage_holdout_jh.jsonl": ("hjh", 100),
    "triage_holdout_ji.jsonl": ("hji", 100),
    "triage_holdout_jj.jsonl": ("hjj", 100),
    "triage_holdout_jk.jsonl": ("hjk", 100),
    "triage_holdout_jl.jsonl": ("hjl", 100),
    "triage_holdout_jm.jsonl": ("hjm", 100),
    "triage_holdout_jn.jsonl": ("hjn", 100),
    "triage_holdout_jo.jsonl": ("hjo", 100),
    "triage_holdout_jp.jsonl": ("hjp", 100),
    "triage_holdout_jq.jsonl": ("hjq", 100),
    "triage_holdout_jr.jsonl": ("hjr", 100),
    "triage_holdout_js.jsonl": ("hjs", 100),
    "triage_holdout_x.jsonl": ("hx", 100),
    "triage_holdout_y.jsonl": ("hy", 100),
    "triage_holdout_z.jsonl": ("hz", 100),
}
FIELDS = {"id", "text", "received", "urgency", "complexity", "third_party_data", "tags", "why"}
_NIK_SHAPED = re.compile(r"(?<!\d)\d{16}(?!\d)")


def _rows(name: str) -> list[dict[str, Any]]:
    path = CASES / name
    if not path.is_file():
        pytest.skip(f"tests/cases/{name} is not present")
    lines = path.read_text(encoding="utf-8").splitlines()
    assert all(line.strip() for line in lines), "blank line"
    return [json.loads(line) for line in lines]


@pytest.mark.parametrize("name", sorted(HOLDOUTS))
def test_ids_are_sequential_with_the_set_prefix(name: str) -> None:
    """HOLDOUT-SHAPE: ids ``<prefix>-001`` ... in file order, one per row."""
    prefix, count = HOLDOUTS[name]
    rows = _rows(name)
    assert [row["id"] for row in rows] == [f"{prefix}-{i:03d}" for i in range(1, count + 1)]
    assert len({row["text"] for row in rows}) == count, "duplicate text"


@pytest.mark.parametrize("name", sorted(HOLDOUTS))
def test_rows_have_the_documented_fields_and_labels(name: str) -> None:
    """HOLDOUT-SHAPE: every field of tests/cases/README.md, labels from the closed sets."""
    urgencies = {u.value for u in Urgency}
    complexities = {c.value for c in Complexity}
    for row in _rows(name):
        assert set(row) == FIELDS, row["id"]
        assert row["urgency"] in urgencies, row["id"]
        assert row["complexity"] in complexities, row["id"]
        assert isinstance(row["third_party_data"], bool), row["id"]
        assert isinstance(row["text"], str), row["id"]
        assert row["text"].strip(), row["id"]
        assert datetime.fromisoformat(row["received"]).utcoffset() is not None, row["id"]


@pytest.mark.parametrize("name", sorted(HOLDOUTS))
def test_invented_niks_use_regency_99(name: str) -> None:
    """HOLDOUT-SHAPE: a NIK-shaped number in a row is invented (regency code 99)."""
    for row in _rows(name):
        for number in _NIK_SHAPED.findall(row["text"]):
            assert number[2:4] == "99", row["id"]
