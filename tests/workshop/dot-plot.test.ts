import { describe, expect, it } from 'vitest';
import { stackDots } from '../../src/features/workshop/DotPlot';

describe('the projector’s dot plot', () => {
  it('stacks participants who share a score, so each stays a dot of its own', () => {
    expect(stackDots([33.4, 33, 56, 100, 33.2])).toEqual([
      { value: 33, level: 0 },
      { value: 33, level: 1 },
      { value: 56, level: 0 },
      { value: 100, level: 0 },
      { value: 33, level: 2 },
    ]);
  });
});
