import { describe, expect, it } from 'vitest';
import { placeOverLines, type Box } from '../../../utils/overlay/fit-translation';

const box: Box = { top: 0, bottom: 60, left: 0, right: 200 };
const line = (i: number, right: number): Box => ({ top: i * 20, bottom: i * 20 + 20, left: 0, right });

describe('placeOverLines (a translation inside a box the page sizes)', () => {
  it('takes the free end of the last line when there is room, leaving the original whole', () => {
    expect(placeOverLines([line(0, 200), line(1, 80)], box)).toEqual({
      mode: 'tail', top: 20, bottom: 40, left: 86, right: 200, lines: 1,
    });
  });

  it('lies over the second half of a single full line, leaving the first half of the original', () => {
    expect(placeOverLines([line(0, 196)], box)).toMatchObject({ mode: 'cover', top: 0, bottom: 20, left: 100, right: 200 });
  });

  it('swaps a label too narrow to halve, whole', () => {
    expect(placeOverLines([line(0, 60)], { ...box, right: 62 })).toMatchObject({ mode: 'cover', left: 0, right: 62 });
  });

  it('lays itself over the last lines of a fuller original, which keeps its first lines', () => {
    expect(placeOverLines([line(0, 200), line(1, 190)], box)).toEqual({
      mode: 'cover', top: 20, bottom: 40, left: 0, right: 200, lines: 1,
    });
    expect(placeOverLines([line(0, 200), line(1, 200), line(2, 200), line(3, 190)], { ...box, bottom: 80 })).toMatchObject({
      mode: 'cover', top: 40, bottom: 80, lines: 2,
    });
  });

  it('has no place when no line of the unit is seen', () => {
    expect(placeOverLines([], box)).toBeUndefined();
  });
});
