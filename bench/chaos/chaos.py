"""Traffic and verdict for the chaos runs (bench/chaos/run.sh). Python 3 standard library only.

    chaos.py calibrate --port P --secret S --token T --prefix 31691 --messages 5 --out calibration.json
    chaos.py send --ports P1,P2 --secret S --prefix 31691 --conversations 200 --messages 5 --rate 8 --both 0.1 \
        --out sent.jsonl
    chaos.py report --label NAME --sent sent.jsonl --calibration calibration.json --dump dump.tsv \
        --logs a.log b.log [--strict]

The outbox does not say which inbound message a reply answers (screening_progress keeps only the last one), so the
verdict infers it: every conversation runs the same script, and one calibration conversation, sent a message at a time
with a wait for its reply, tells which replies (awaiting field and text) answer each message of the script. A
conversation's replies are then matched against that expectation.
"""
import argparse
import base64
import hashlib
import hmac
import http.client
import json
import os
import random
import re
import sys
import threading
import time
import urllib.request
from collections import Counter
from concurrent.futures import ThreadPoolExecutor

HOST = "127.0.0.1"
CALIBRATION = 999999
SCRIPT = (
    "Hi, I am looking for a job in a warehouse",
    "yes",
    "My name is Chaos Tester, you can mail me at {email}",
    "Rotterdam",
    "5 years",
)


def phone_of(prefix, n):
    return f"{prefix}{n:06d}"


def email_of(n):
    return f"chaos.tester{n}@example.org"


def wamid(phone):
    """An id shaped like Meta's: base64 of a small protobuf that holds the sender's number."""
    raw = b"\x1c\x18" + bytes([len(phone)]) + phone.encode() + b"\x15\x02\x00\x12\x18\x14"
    return "wamid." + base64.b64encode(raw + os.urandom(10).hex().upper().encode() + b"\x00").decode()


def delivery(phone, message_id, timestamp, text):
    return json.dumps({"object": "whatsapp_business_account", "entry": [{"id": "102290129340398", "changes": [{
        "value": {"messaging_product": "whatsapp",
                  "metadata": {"display_phone_number": "31850000000", "phone_number_id": "106540352242922"},
                  "contacts": [{"profile": {"name": "Chaos"}, "wa_id": phone}],
                  "messages": [{"from": phone, "id": message_id, "timestamp": str(timestamp), "type": "text",
                                "text": {"body": text}}]},
        "field": "messages"}]}]}).encode()


def post(port, body, secret):
    """The HTTP status of one delivery, or 0 when the service did not answer."""
    signature = "sha256=" + hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()
    connection = http.client.HTTPConnection(HOST, port, timeout=15)
    try:
        connection.request("POST", "/webhooks/whatsapp", body,
                           {"Content-Type": "application/json", "X-Hub-Signature-256": signature})
        return connection.getresponse().status
    except OSError:
        return 0
    finally:
        connection.close()


class Pace:
    """First attempts at most `rate` per second over all threads; retries are not paced (Meta's are not either)."""

    def __init__(self, rate):
        self.gap = 1.0 / rate if rate > 0 else 0.0
        self.next = time.monotonic()
        self.lock = threading.Lock()

    def wait(self):
        with self.lock:
            slot = max(self.next, time.monotonic())
            self.next = slot + self.gap
        time.sleep(max(0.0, slot - time.monotonic()))


def deliver(ports, primary, body, secret, both, give_up):
    """Sends until a replica answers 200, as Meta retries, for at most give_up seconds. Returns (acked, attempts)."""
    deadline = time.monotonic() + give_up
    attempts = 0
    while True:
        targets = ports if both else [ports[(primary + attempts) % len(ports)]]
        with ThreadPoolExecutor(len(targets)) as pool:
            statuses = list(pool.map(lambda port: post(port, body, secret), targets))
        attempts += 1
        if 200 in statuses:
            return True, attempts
        if time.monotonic() > deadline:
            return False, attempts
        time.sleep(min(2.0, 0.25 * 2 ** min(attempts, 4)))


def send(args):
    ports = [int(port) for port in args.ports.split(",")]
    pace = Pace(args.rate)
    chance = random.Random(args.seed)
    both = [[chance.random() < args.both for _ in range(args.messages)] for _ in range(args.conversations)]
    started = int(time.time())
    records = []
    lock = threading.Lock()

    def conversation(n):
        phone = phone_of(args.prefix, n)
        for k in range(args.messages):
            pace.wait()
            message_id = wamid(phone)
            body = delivery(phone, message_id, started + k, SCRIPT[k].format(email=email_of(n)))
            acked, attempts = deliver(ports, n, body, args.secret, both[n][k], args.give_up)
            with lock:
                records.append({"phone": phone, "n": n, "k": k, "id": message_id, "acked": acked,
                                "attempts": attempts, "both": both[n][k]})

    with ThreadPoolExecutor(args.concurrency) as pool:
        list(pool.map(conversation, range(args.conversations)))
    with open(args.out, "w") as out:
        for record in records:
            out.write(json.dumps(record) + "\n")
    acked = sum(record["acked"] for record in records)
    print(f"sent {len(records)} messages, {acked} acknowledged, "
          f"{sum(record['both'] for record in records)} to every replica at once")


def calibrate(args):
    phone = phone_of(args.prefix, CALIBRATION)
    started = int(time.time())
    counts = []
    for k in range(args.messages):
        body = delivery(phone, wamid(phone), started + k, SCRIPT[k].format(email=email_of(CALIBRATION)))
        if not deliver([args.port], 0, body, args.secret, False, 60)[0]:
            sys.exit(f"calibration: message {k + 1} was not acknowledged")
        before = counts[-1] if counts else 0
        count = before
        deadline = time.monotonic() + 30
        while count == before and time.monotonic() < deadline:
            time.sleep(0.2)
            request = urllib.request.Request(f"http://{HOST}:{args.port}/api/sandbox/outbox?to={phone}",
                                             headers={"Authorization": f"Bearer {args.token}"})
            with urllib.request.urlopen(request, timeout=10) as answer:
                count = len(json.load(answer))
        counts.append(count)
    with open(args.out, "w") as out:
        json.dump({"phone": phone, "n": CALIBRATION, "cumulativeReplies": counts}, out)
    print(f"calibration: replies after each message {counts}")


def read_dump(path):
    inbox, outbox = {}, {}
    with open(path) as dump:
        for line in dump:
            fields = line.rstrip("\n").split("\t")
            if fields[0] == "inbox":
                inbox[fields[2]] = {"state": fields[3], "processed": None if fields[5] == "-" else int(fields[5])}
            elif fields[0] == "outbox":
                payload = base64.b64decode(fields[4]).decode()
                outbox.setdefault(fields[1], []).append((fields[3], payload))
    return inbox, outbox


def reply_keys(entries, n):
    """Replies as comparable keys: the conversation's own e-mail address replaced by a placeholder."""
    return [f"{field}|{payload.replace(email_of(n), '<email>')}" for field, payload in entries]


def unordered(sequence):
    """How many elements must go for the rest to be in order: length minus longest non-decreasing subsequence."""
    tails = []
    for value in sequence:
        low, high = 0, len(tails)
        while low < high:
            middle = (low + high) // 2
            if tails[middle] <= value:
                low = middle + 1
            else:
                high = middle
        tails[low:low + 1] = [value]
    return len(sequence) - len(tails)


def judge(messages, expected, actual, inbox):
    """Counts for one conversation; messages in script order, expected = one list of reply keys per message.

    Only processed messages take their expected replies. One without it is replied to when the conversation has a
    spare reply to stand for it: an unexpected one (answered, wrongly, from a state the script does not reach) or an
    expected one nobody took (the next message answered as the first when the first became a dead letter); otherwise
    its reply is lost.
    """
    result = Counter()
    remaining = Counter(actual)
    unanswered = 0
    for k, message in enumerate(messages):
        row = inbox.get(message["id"])
        done = row is not None and row["state"] == "DONE"
        replied = done and all(remaining[key] >= count for key, count in Counter(expected[k]).items())
        if replied:
            remaining.subtract(expected[k])
        if message["acked"]:
            result["acked"] += 1
            result["processed"] += done
            result["replied"] += replied
            result["lost"] += not done and (row is None or row["state"] != "DEAD")
            unanswered += done and not replied
    flat = [key for keys in expected for key in keys]
    position = {}
    for index, key in enumerate(flat):
        position.setdefault(key, index)
    wanted = Counter(flat)
    result["duplicates"] = sum(max(0, count - wanted[key]) for key, count in Counter(actual).items() if key in wanted)
    result["unexpected"] = sum(1 for key in actual if key not in wanted)
    stand_ins = min(unanswered, result["unexpected"] + sum(count for count in remaining.values() if count > 0))
    result["replied"] += stand_ins
    result["lost"] += unanswered - stand_ins
    # a duplicate counts too: a stale worker's second reply to an earlier message comes after later replies
    order = [position[key] for key in actual if key in wanted]
    processed = [inbox[m["id"]]["processed"] for m in messages if inbox.get(m["id"], {}).get("state") == "DONE"]
    result["out_of_order"] = max(unordered(order), unordered(processed))
    return result


def scan_logs(paths, phones):
    """Personal data in the service logs: the run's phone numbers, e-mail addresses, wamids that hold a number."""
    hits = Counter()
    for path in paths:
        with open(path, errors="replace") as log:
            text = log.read()
        hits["phones"] += sum(1 for digits in re.findall(r"\d{8,15}", text) if digits in phones)
        hits["emails"] += len(re.findall(r"[\w.+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}", text))
        for encoded in re.findall(r"wamid\.([A-Za-z0-9+/_-]{8,}={0,2})", text):
            try:
                decoded = base64.b64decode(encoded + "=" * (-len(encoded) % 4), altchars=b"-_")
            except ValueError:
                continue
            hits["wamids"] += re.search(rb"\d{8,15}", decoded) is not None
    return hits


def report(args):
    with open(args.calibration) as file:
        calibration = json.load(file)
    with open(args.sent) as file:
        sent = [json.loads(line) for line in file]
    inbox, outbox = read_dump(args.dump)
    reference = reply_keys(outbox.get(calibration["phone"], []), calibration["n"])
    bounds = [0] + calibration["cumulativeReplies"]
    expected = [reference[bounds[k]:bounds[k + 1]] for k in range(len(bounds) - 1)]
    conversations = {}
    for record in sent:
        conversations.setdefault(record["phone"], []).append(record)
    totals = Counter()
    for phone, messages in conversations.items():
        messages.sort(key=lambda record: record["k"])
        totals.update(judge(messages, expected, reply_keys(outbox.get(phone, []), messages[0]["n"]), inbox))
    totals["dead"] = sum(1 for row in inbox.values() if row["state"] == "DEAD")
    pii = scan_logs(args.logs, set(conversations) | {calibration["phone"]})
    personal = pii["phones"] + pii["emails"] + pii["wamids"]
    print(f"{args.label}: sent {len(sent)} / acknowledged {totals['acked']} / processed {totals['processed']} / "
          f"replied {totals['replied']} / duplicates {totals['duplicates']} / lost {totals['lost']} / "
          f"out-of-order {totals['out_of_order']} (unexpected replies {totals['unexpected']}) / "
          f"dead letters {totals['dead']} / personal data in logs {personal} "
          f"(phones {pii['phones']}, e-mails {pii['emails']}, wamids {pii['wamids']})")
    failures = totals["lost"] + totals["duplicates"] + totals["out_of_order"] + totals["unexpected"] + totals["dead"]
    if args.strict and (failures + personal > 0 or totals["acked"] < len(sent)):
        sys.exit(1)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    commands = parser.add_subparsers(dest="command", required=True)
    for name in ("calibrate", "send"):
        command = commands.add_parser(name)
        command.add_argument("--secret", required=True)
        command.add_argument("--prefix", required=True, help="five digits; conversation n writes from prefix + n")
        command.add_argument("--messages", type=int, default=5, choices=range(1, len(SCRIPT) + 1))
        command.add_argument("--out", required=True)
    commands.choices["calibrate"].add_argument("--port", type=int, required=True)
    commands.choices["calibrate"].add_argument("--token", required=True)
    sender = commands.choices["send"]
    sender.add_argument("--ports", required=True, help="comma-separated replicas; conversation n starts at n mod count")
    sender.add_argument("--conversations", type=int, default=200)
    sender.add_argument("--rate", type=float, default=8, help="first attempts per second, over all conversations")
    sender.add_argument("--both", type=float, default=0.0, help="share of deliveries sent to every replica at once")
    sender.add_argument("--concurrency", type=int, default=16)
    sender.add_argument("--give-up", type=float, default=240, help="seconds a delivery is retried before giving up")
    sender.add_argument("--seed", type=int, default=7)
    verdict = commands.add_parser("report")
    for option in ("--label", "--sent", "--calibration", "--dump"):
        verdict.add_argument(option, required=True)
    verdict.add_argument("--logs", nargs="+", required=True)
    verdict.add_argument("--strict", action="store_true", help="exit 1 on any loss, duplicate, disorder or leak")
    args = parser.parse_args()
    {"calibrate": calibrate, "send": send, "report": report}[args.command](args)


if __name__ == "__main__":
    main()
