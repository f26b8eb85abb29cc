#!/usr/bin/env python3
"""Times the stages of one `symbiose match` run, in wall and in the process's processor time.

Usage: bench/cli/stages.py NAME -- java [options] -jar CLI.jar match DATASET [match options]

The command's progress lines (standard error) mark where each stage ends; at each line this reads the
process's user+system time from /proc/<pid>/stat (every thread, so both cores), so that a stage's CPU
is comparable between runs even when other work on the machine stretches its wall time. Prints one
line per run: NAME, wall and CPU by stage, totals, the peak resident memory (heap and JVM; the
child's ru_maxrss), load average before and after, appended to
stages.txt in the current folder too. Stages are named as docs/performance.md names them.
"""
import os
import re
import subprocess
import sys
import time

GROUPS = [
    ("reading", ("reading actors", "reading flows", "lecture de actors", "lecture de flows")),
    ("activities+labels", ("reading activities", "classifying flows", "lecture des activités", "classement des flux")),
    ("indexing", ("indexing receivers", "indexation des receveurs")),
    ("matching", ("matching supplies", "rapprochement des gisements")),
    ("grouping+ranking", ("grouping by theme", "ranking candidates", "regroupement par thème", "classement des candidats")),
    ("writing", ("writing candidates", "écriture des candidats")),
]
TICK = os.sysconf("SC_CLK_TCK")
LINE = re.compile(r"\[\s*[\d.,]+ s\] ([^:(\u00a0]+)")


def cpu(pid):
    try:
        with open(f"/proc/{pid}/stat") as f:
            fields = f.read().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / TICK
    except (OSError, IndexError):
        return None


def group(stage):
    for name, starts in GROUPS:
        if any(stage.startswith(s) for s in starts):
            return name
    return None


def main():
    name = sys.argv[1]
    command = sys.argv[sys.argv.index("--") + 1:]
    load_before = os.getloadavg()[0]
    start = time.monotonic()
    proc = subprocess.Popen(command, stderr=subprocess.PIPE, stdout=subprocess.DEVNULL, text=True)
    ends = {}
    log = []
    for line in proc.stderr:
        log.append(line)
        m = LINE.match(line)
        if m:
            g = group(m.group(1).strip())
            if g:
                c = cpu(proc.pid)
                if c is not None:
                    ends[g] = (time.monotonic() - start, c)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.monotonic() - start
    total_cpu = usage.ru_utime + usage.ru_stime
    load_after = os.getloadavg()[0]
    with open(f"{name}.err", "w") as f:
        f.writelines(log)
    parts = []
    previous = (0.0, 0.0)
    for g, _ in GROUPS:
        if g in ends:
            w, c = ends[g]
            parts.append(f"{g} {w - previous[0]:.1f}/{c - previous[1]:.1f}")
            previous = (w, c)
    parts.append(f"rest {wall - previous[0]:.1f}/{total_cpu - previous[1]:.1f}")
    result = (f"{name}: exit {os.waitstatus_to_exitcode(status)} wall {wall:.1f} cpu {total_cpu:.1f}"
              f" | {'; '.join(parts)} | peak RSS {usage.ru_maxrss / 1024:.0f} MB"
              f" | load {load_before:.1f} -> {load_after:.1f}")
    print(result)
    with open("stages.txt", "a") as f:
        f.write(result + "\n")


if __name__ == "__main__":
    main()
