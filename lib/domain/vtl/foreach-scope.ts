/** Velocity 1.7's `$foreach` (ForeachScope): index from 0, count from 1, hasNext, first, last, parent. */
import { NO_METHOD, type HostObject, type MethodResult, type VtlValue } from "./values";

export class ForeachScope implements HostObject {
  readonly hostKind = "$foreach";

  constructor(
    readonly index: number,
    /** hasNext asks the iterator, so it is true on the 1,000th item of a longer list even though the loop stops. */
    readonly hasNext: boolean,
    readonly parent: ForeachScope | null,
  ) {}

  getProperty(name: string): VtlValue {
    switch (name) {
      case "index":
        return this.index;
      case "count":
        return this.index + 1;
      case "hasNext":
        return this.hasNext;
      case "first":
        return this.index === 0;
      case "last":
        return !this.hasNext;
      case "parent":
        return this.parent;
      case "topmost":
        return this.parent ? this.parent.getProperty("topmost") : this;
      default:
        return null;
    }
  }

  callMethod(name: string, args: VtlValue[]): MethodResult {
    if (args.length !== 0) return NO_METHOD;
    const getters: Record<string, string> = {
      getIndex: "index", getCount: "count", hasNext: "hasNext", getHasNext: "hasNext", isFirst: "first",
      getFirst: "first", isLast: "last", getLast: "last", getParent: "parent", getTopmost: "topmost",
    };
    return Object.hasOwn(getters, name) ? this.getProperty(getters[name]) : NO_METHOD;
  }
}
