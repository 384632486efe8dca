import assert from 'node:assert/strict';
import { test } from 'node:test';
import { processCeilingBytes } from '../pipeline/thread-pool';
import { cgroupLimitBytes, machineMemory, memoryBudgetBytes } from './machine-memory';

const GB = 1024 ** 3;
const MB = 1024 ** 2;

test('the cgroup limit: v2 memory.max, v1 memory.limit_in_bytes, "max" or a huge number meaning none', () => {
  const files = (content: Record<string, string>) => (file: string) => {
    if (file in content) return content[file];
    throw Object.assign(new Error('ENOENT'), { code: 'ENOENT' });
  };
  assert.equal(cgroupLimitBytes(files({ '/sys/fs/cgroup/memory.max': '2147483648\n' })), 2 * GB);
  assert.equal(cgroupLimitBytes(files({ '/sys/fs/cgroup/memory.max': 'max\n' })), null);
  assert.equal(cgroupLimitBytes(files({ '/sys/fs/cgroup/memory/memory.limit_in_bytes': '1073741824' })), GB);
  assert.equal(cgroupLimitBytes(files({ '/sys/fs/cgroup/memory/memory.limit_in_bytes': '9223372036854771712' })), null);
  assert.equal(cgroupLimitBytes(files({})), null);
});

test('the budget is the smaller of physical memory and the cgroup limit', () => {
  assert.equal(memoryBudgetBytes({ physicalBytes: 24 * GB, cgroupBytes: 4 * GB }), 4 * GB);
  assert.equal(memoryBudgetBytes({ physicalBytes: 2 * GB, cgroupBytes: null }), 2 * GB);
  const here = machineMemory();
  assert.ok(here.physicalBytes > 0 && (here.cgroupBytes === null || here.cgroupBytes > 0));
});

test('the RSS backstop of the PDF threads never goes past three quarters of what the machine or container allows', () => {
  // 4 threads of 512 MB: 1 GB + 4 x 3 x 512 MB = 7 GB, which a 4 GB container would kill the server long before.
  assert.equal(processCeilingBytes({ size: 4, memoryMb: 512 }, 4 * GB), 3 * GB);
  assert.equal(processCeilingBytes({ size: 2, memoryMb: 512 }, 2 * GB), 1.5 * GB);
  // A big machine keeps the sum of what the threads may use.
  assert.equal(processCeilingBytes({ size: 4, memoryMb: 512 }, 64 * GB), 7168 * MB);
});
