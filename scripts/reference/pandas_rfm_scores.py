#!/usr/bin/python3
"""Reference scores for RFMSCORE's "rank" and "percentrank" methods, computed with pandas itself.

Reads test/fixtures/rfm_data_orders.csv, builds the RFM table (analysis date 2006-12-31, as R rfm's reference),
and writes test/fixtures/rfm_pandas_scores.csv with, per customer:
  rank_*: the pandas recipe pd.qcut(x.rank(method="first"), 5, labels=[1..5]) (recency labels reversed)
  pct_*:  ceil(5 * x.rank(pct=True, method="max")) (recency: the share at or above, i.e. rank of -x)
Run with Debian's python3-pandas: /usr/bin/python3 scripts/reference/pandas_rfm_scores.py
The output is committed; tests compare the TypeScript engine with it and never need pandas.
"""
import math
import pathlib

import pandas as pd

root = pathlib.Path(__file__).resolve().parents[2]
orders = pd.read_csv(root / "test" / "fixtures" / "rfm_data_orders.csv", parse_dates=["order_date"])
as_of = pd.Timestamp("2006-12-31")
first_seen = orders.drop_duplicates("customer_id")["customer_id"]
table = orders.groupby("customer_id").agg(
    last=("order_date", "max"), frequency=("order_date", "size"), monetary=("revenue", "sum")
)
table = table.loc[first_seen.values]  # order of first appearance, as RFMTABLE
table["recency"] = (as_of - table["last"]).dt.days

out = pd.DataFrame({"customer": table.index})
for col, reverse in (("recency", True), ("frequency", False), ("monetary", False)):
    x = table[col].reset_index(drop=True)
    labels = [5, 4, 3, 2, 1] if reverse else [1, 2, 3, 4, 5]
    out[f"rank_{col[0]}"] = pd.qcut(x.rank(method="first"), 5, labels=labels).astype(int)
    pct = (-x if reverse else x).rank(pct=True, method="max")
    out[f"pct_{col[0]}"] = pct.map(lambda p: max(1, math.ceil(5 * p - 1e-12)))
out.to_csv(root / "test" / "fixtures" / "rfm_pandas_scores.csv", index=False)
print(f"pandas {pd.__version__}: wrote {len(out)} customers")
