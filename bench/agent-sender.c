/*
 * UDP load for the agent benchmarks (faster than the Node sender: sendmmsg, up to 64 datagrams
 * per call), so that the kernel's per-packet path, where the BPF programs run, dominates the cost.
 * Bounded: stops after SECONDS or MAX packets. With PPS > 0 the sending is paced to that many
 * packets per second (bursts of at most 64 every ~millisecond, sleeping in between), so that a
 * benchmark can hold a rate below what the consumers can take and step it up to find where they
 * start to lose events. Prints "<sent> <milliseconds> <cpu milliseconds>" (user + system time of
 * the sender, which includes the softirq work of forwarding the packets through the veths that
 * runs on its own CPU when it re-enables bottom halves).
 *   agent-sender HOST PORT SECONDS MAX [PPS]
 */
#define _GNU_SOURCE
#include <arpa/inet.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

static double now_ms(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

int main(int argc, char **argv) {
  if (argc < 5) return 2;
  int fd = socket(AF_INET, SOCK_DGRAM, 0);
  struct sockaddr_in dst = {.sin_family = AF_INET, .sin_port = htons(atoi(argv[2]))};
  inet_pton(AF_INET, argv[1], &dst.sin_addr);
  if (fd < 0 || connect(fd, (struct sockaddr *)&dst, sizeof dst) < 0) return 1;
  double seconds = atof(argv[3]);
  long max = atol(argv[4]);
  double pps = argc > 5 ? atof(argv[5]) : 0;
  char payload[64];
  memset(payload, 'a', sizeof payload);
  struct iovec iov = {.iov_base = payload, .iov_len = sizeof payload};
  struct mmsghdr msgs[64];
  memset(msgs, 0, sizeof msgs);
  for (int i = 0; i < 64; i++) {
    msgs[i].msg_hdr.msg_iov = &iov;
    msgs[i].msg_hdr.msg_iovlen = 1;
  }
  double start = now_ms();
  double end = start + seconds * 1e3;
  long sent = 0;
  while (sent < max) {
    long want = max - sent;
    if (pps > 0) {
      double t = now_ms();
      if (t >= end) break;
      long due = (long)((t - start) / 1e3 * pps) - sent;
      if (due <= 0) {
        struct timespec pause = {0, 200000}; /* 0.2 ms */
        nanosleep(&pause, NULL);
        continue;
      }
      if (due < want) want = due;
    }
    int n = sendmmsg(fd, msgs, want < 64 ? (int)want : 64, 0);
    if (n > 0) sent += n;
    if (pps <= 0 && (sent & 1023) < 64 && now_ms() >= end) break;
  }
  struct rusage ru;
  getrusage(RUSAGE_SELF, &ru);
  double cpu_ms = ru.ru_utime.tv_sec * 1e3 + ru.ru_utime.tv_usec / 1e3 + ru.ru_stime.tv_sec * 1e3 + ru.ru_stime.tv_usec / 1e3;
  printf("%ld %.0f %.1f\n", sent, now_ms() - start, cpu_ms);
  return 0;
}
