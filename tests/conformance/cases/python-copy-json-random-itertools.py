# copy, json, random and itertools as model files use them (random seeded: Python's own sequence).
import copy, json, random, itertools
class Cfg(object):
    def __init__(self):
        self.layers = [1, 2]
        self.name = "c"
c = Cfg()
d = copy.deepcopy(c)
d.layers.append(3)
s = copy.copy(c)
print(c.layers, d.layers, s.layers is c.layers, type(d).__name__)
print(json.dumps({"b": [1, 2.5, None, True], "a": "x"}, sort_keys=True, indent=2))
print(json.loads('{"k": [1, 2]}'))
random.seed(42)
xs = list(range(6))
random.shuffle(xs)
print(random.random(), random.randint(0, 9), xs, random.choice("abc"), random.sample(range(10), 3))
print(list(itertools.chain([1], (2, 3))), list(itertools.chain.from_iterable([[1], [2]])), list(itertools.product("ab", [0, 1])))
print(list(itertools.islice(range(10), 2, 8, 3)), list(itertools.zip_longest([1, 2], "a")), list(itertools.combinations([1, 2, 3], 2)))
