/** placeIn: a 一级 / 二级 pair from elsewhere (the 指标库) as the form's chosen tree names it. */
import { belongsTo, FRAMEWORKS, FrameworkId, placeIn } from "../../src/core/framework";

describe("placeIn", () => {
  it("keeps a branch of the tree as it is", () => {
    expect(placeIn("2015", "产出指标", "数量指标")).toEqual({
      level1: "产出指标",
      level2: "数量指标",
    });
    expect(placeIn("2021", "成本指标", "社会成本指标")).toEqual({
      level1: "成本指标",
      level2: "社会成本指标",
    });
  });

  it("turns the other tree's cost branch into this tree's", () => {
    expect(placeIn("2021", "产出指标", "成本指标")).toEqual({
      level1: "成本指标",
      level2: "经济成本指标",
    });
    expect(placeIn("2015", "成本指标", "经济成本指标")).toEqual({
      level1: "产出指标",
      level2: "成本指标",
    });
    expect(placeIn("2015", "成本指标", "生态环境成本指标")).toEqual({
      level1: "产出指标",
      level2: "成本指标",
    });
  });

  it("finds a 二级 under its 一级 when the 一级 was written otherwise", () => {
    expect(placeIn("2015", "效益", "社会效益指标")).toEqual({
      level1: "效益指标",
      level2: "社会效益指标",
    });
  });

  it("answers null for a 二级 the tree has not, and every answer is a branch of the tree", () => {
    expect(placeIn("2015", "产出指标", "其他指标")).toBeNull();
    for (const id of ["2015", "2021"] as FrameworkId[])
      for (const [level1, level2s] of Object.entries(
        FRAMEWORKS[id === "2015" ? "2021" : "2015"].tree
      ))
        for (const level2 of level2s) {
          const placed = placeIn(id, level1, level2);
          expect(placed).not.toBeNull();
          expect(FRAMEWORKS[id].tree[placed!.level1]).toContain(placed!.level2);
          expect(belongsTo(placed!.level1, placed!.level2)).toBe(true);
        }
  });
});
