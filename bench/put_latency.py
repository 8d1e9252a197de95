#!/usr/bin/env python3
"""Small-object PutObject latency against a running emulator, via boto3 on one kept-alive connection.

    python3 bench/put_latency.py http://127.0.0.1:9000 [COUNT]

Compare an in-memory emulator with one started with --data-dir, where every acknowledged write is
synced to disk (H2 commit and body) before the response. Needs boto3 (Debian: python3-boto3).
"""
import statistics
import sys
import time
import uuid

import boto3
from botocore.config import Config

endpoint = sys.argv[1] if len(sys.argv) > 1 else "http://127.0.0.1:9000"
count = int(sys.argv[2]) if len(sys.argv) > 2 else 200
s3 = boto3.client("s3", endpoint_url=endpoint, region_name="us-east-1", aws_access_key_id="test",
                  aws_secret_access_key="test", config=Config(s3={"addressing_style": "path"}))
bucket = "latency-" + uuid.uuid4().hex[:12]
s3.create_bucket(Bucket=bucket)
s3.put_bucket_versioning(Bucket=bucket, VersioningConfiguration={"Status": "Enabled"})
body = b"x" * 1024
for i in range(20):  # warm-up
    s3.put_object(Bucket=bucket, Key="warm", Body=body)
times = []
for i in range(count):
    t0 = time.perf_counter()
    s3.put_object(Bucket=bucket, Key="key-%d" % (i % 10), Body=body)
    times.append((time.perf_counter() - t0) * 1000)
times.sort()
print("PutObject 1 KiB, %d requests: median %.1f ms, p90 %.1f ms, max %.1f ms"
      % (count, statistics.median(times), times[int(count * 0.9)], times[-1]))
