import unittest
class MathTests(unittest.TestCase):
    def setUp(self):
        self.data = [3, 1, 2]
    def test_sorted(self):
        self.assertEqual(sorted(self.data), [1, 2, 3])
    def test_sum(self):
        self.assertTrue(sum(self.data) == 6)
        self.assertIn(2, self.data)
    def test_raises(self):
        with self.assertRaises(ZeroDivisionError):
            1 / 0
    def test_fails(self):
        self.assertEqual(1, 2)
suite = unittest.TestLoader().loadTestsFromTestCase(MathTests)
result = unittest.TestResult()
suite.run(result)
print(result.testsRun, len(result.failures), len(result.errors), result.wasSuccessful())
print([t.id().split(".")[-1] for t, _ in result.failures])
